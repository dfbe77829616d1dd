from .articles import (
    Article,
    ArticleQuerySet,
    ArticleRedirect,
    Byline,
    BylineRole,
    Correction,
    CorrectionKind,
    Language,
    Status,
    prefetch_card_bylines,
)
from .authors import Author
from .copyright import CopyrightNotice
from .images import CaptureKind, Image, Rendition, RenditionCrop, RenditionFormat
from .sections import Section
from .workflow import (
    ArticleRevision,
    EditorialNote,
    FrontPagePlacement,
    FrontPageSlot,
    ShareLink,
    WorkflowAction,
    WorkflowEvent,
)

__all__ = [
    "prefetch_card_bylines",
    "Article",
    "ArticleQuerySet",
    "ArticleRedirect",
    "ArticleRevision",
    "Author",
    "Byline",
    "BylineRole",
    "CaptureKind",
    "CopyrightNotice",
    "Correction",
    "CorrectionKind",
    "EditorialNote",
    "FrontPagePlacement",
    "FrontPageSlot",
    "Image",
    "Language",
    "Rendition",
    "RenditionCrop",
    "RenditionFormat",
    "Section",
    "ShareLink",
    "Status",
    "WorkflowAction",
    "WorkflowEvent",
]
