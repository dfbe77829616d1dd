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

    // Show each fixed-ratio crop as it will be cut around the new point, before saving.
    function previewCrops() {
      var fx = clamp(parseFloat(inputX.value));
      var fy = clamp(parseFloat(inputY.value));
      var width = image.naturalWidth;
      var height = image.naturalHeight;
      if (!width || !height || isNaN(fx) || isNaN(fy)) {
        return;
      }
      document.querySelectorAll(".crop-preview[data-ratio-w]").forEach(function (figure) {
        var frame = figure.querySelector(".crop-preview__frame");
        var crop = frame && frame.querySelector("img");
        if (!crop) {
          return;
        }
        var ratioW = parseFloat(figure.dataset.ratioW);
        var ratioH = parseFloat(figure.dataset.ratioH);
        var boxW = width;
        var boxH = Math.round((width * ratioH) / ratioW);
        if (width * ratioH > height * ratioW) {
          boxW = Math.round((height * ratioW) / ratioH);
          boxH = height;
        }
        var left = Math.min(Math.max(Math.round(fx * width - boxW / 2), 0), width - boxW);
        var top = Math.min(Math.max(Math.round(fy * height - boxH / 2), 0), height - boxH);
        var frameW = frame.clientWidth || crop.clientWidth || 240;
        var scale = frameW / boxW;
        frame.style.width = frameW + "px";
        frame.style.height = Math.round(boxH * scale) + "px";
        crop.removeAttribute("srcset");
        crop.src = image.currentSrc || image.src;
        crop.style.maxWidth = "none";
        crop.style.width = Math.round(width * scale) + "px";
        crop.style.height = Math.round(height * scale) + "px";
        crop.style.transform =
          "translate(" + Math.round(-left * scale) + "px, " + Math.round(-top * scale) + "px)";
        figure.classList.add("crop-preview--live");
      });
    }

    image.addEventListener("click", function (event) {
      var box = image.getBoundingClientRect();
      inputX.value = clamp((event.clientX - box.left) / box.width).toFixed(3);
      inputY.value = clamp((event.clientY - box.top) / box.height).toFixed(3);
      inputX.dispatchEvent(new Event("change", { bubbles: true }));
      inputY.dispatchEvent(new Event("change", { bubbles: true }));
      place();
      previewCrops();
    });
    [inputX, inputY].forEach(function (input) {
      input.addEventListener("input", function () {
        place();
        previewCrops();
      });
    });
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
