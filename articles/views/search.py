from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_cookie

from ..models import Section
from ..search import CONFIGS, clean_query, search_articles, with_snippets
from .common import paginate, reader_language


@require_GET
@vary_on_cookie
def search(request: HttpRequest) -> HttpResponse:
    query = clean_query(request.GET.get("q", ""))
    sections = list(Section.objects.all())
    section = next((s for s in sections if s.slug == request.GET.get("section")), None)
    language = request.GET.get("language", "")
    language = language if language in CONFIGS else ""
    page = paginate(
        request,
        search_articles(
            query, section_id=section.pk if section else None, language=language or None
        ).for_listing(body=True),
    )
    results = with_snippets(list(page.object_list), query)
    response = render(
        request,
        "articles/search_results.html",
        {
            "query": query,
            "page": page,
            "results": results,
            "sections": sections,
            "selected_section": section,
            "selected_language": language,
            "language": reader_language(),
            "extra_query": urlencode(
                {"q": query, "section": section.slug if section else "", "language": language}
            ),
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response
