"""Forms with rules of their own: the image upload."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings

from . import images
from .models import Image

ACCEPT = "image/jpeg,image/png,image/gif,image/webp"


class ImageForm(forms.ModelForm):
    """The media library's form: the picture is checked by its content and re-encoded on upload.

    The file itself is not a model field of the form: what is stored is the re-encoded picture,
    never the upload, and only when the image is added (replace a picture by uploading a new one).
    """

    upload = forms.FileField(
        label="Picture",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
        error_messages={"empty": "The file is empty. Choose the picture again."},
        help_text=(
            f"JPEG, PNG, GIF or WebP, up to {settings.NEWSROOM_IMAGE_MAX_BYTES // (1024 * 1024)} "
            f"MB and {settings.NEWSROOM_IMAGE_MAX_PIXELS // 1_000_000} megapixels. It is "
            "re-encoded on upload: location (GPS) and camera data are removed, but a credit or "
            "copyright found in the file fills the empty credit fields."
        ),
    )

    class Meta:
        model = Image
        fields = [
            "alt_text",
            "default_caption",
            "capture_kind",
            "creator",
            "source",
            "platform",
            "copyright_notice",
            "licence_name",
            "licence_url",
            "rights_expire_at",
            "is_credit_required",
            "focal_x",
            "focal_y",
        ]
        widgets = {
            "focal_x": forms.NumberInput(attrs={"step": "0.001", "min": "0", "max": "1"}),
            "focal_y": forms.NumberInput(attrs={"step": "0.001", "min": "0", "max": "1"}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.prepared: images.PreparedUpload | None = None
        if "upload" in self.fields and self.instance.pk is None:
            self.fields["upload"].required = True
            self.fields["upload"].error_messages["required"] = "Choose a picture to upload."

    def clean_upload(self) -> Any:
        upload = self.cleaned_data.get("upload")
        if self.instance.pk is not None or not upload:
            return None
        self.prepared = images.prepare_uploaded_file(upload)
        return upload
