/* Focal-point picker for the media library: click the picture to set focal_x and focal_y. */
"use strict";
(function () {
  function clamp(value) {
    return Math.min(1, Math.max(0, value));
  }

  function setup(picker) {
    var image = picker.querySelector(".focal-picker__image");
    var marker = picker.querySelector(".focal-picker__marker");
    var inputX = document.getElementById(picker.dataset.inputX);
    var inputY = document.getElementById(picker.dataset.inputY);
    if (!image || !marker || !inputX || !inputY) {
      return;
    }

    function place() {
      var x = parseFloat(inputX.value);
      var y = parseFloat(inputY.value);
      if (isNaN(x) || isNaN(y)) {
        marker.hidden = true;
        return;
      }
      marker.style.left = clamp(x) * 100 + "%";
      marker.style.top = clamp(y) * 100 + "%";
      marker.hidden = false;
    }

    image.addEventListener("click", function (event) {
      var box = image.getBoundingClientRect();
      inputX.value = clamp((event.clientX - box.left) / box.width).toFixed(3);
      inputY.value = clamp((event.clientY - box.top) / box.height).toFixed(3);
      inputX.dispatchEvent(new Event("change", { bubbles: true }));
      inputY.dispatchEvent(new Event("change", { bubbles: true }));
      place();
    });
    inputX.addEventListener("input", place);
    inputY.addEventListener("input", place);
    picker.classList.add("focal-picker--ready");
    place();
  }

  function start() {
    document.querySelectorAll(".focal-picker").forEach(setup);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
