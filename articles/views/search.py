from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.formats import number_format
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_cookie

from ..models import Section
from ..search import (
    CONFIGS,
    CappedPaginator,
    clean_query,
    matching_articles,
    search_articles,
    with_snippets,
)
from .common import PER_PAGE, reader_language


@require_GET
@vary_on_cookie
def search(request: HttpRequest) -> HttpResponse:
    query = clean_query(request.GET.get("q", ""))
    sections = list(Section.objects.all())
    section = next((s for s in sections if s.slug == request.GET.get("section")), None)
    language = request.GET.get("language", "")
    language = language if language in CONFIGS else ""
    section_id = section.pk if section else None
    paginator = CappedPaginator(
        # A result shows its section, headline, snippet and date: no picture, no byline.
        search_articles(query, section_id=section_id, language=language or None).select_related(
            "section"
        ),
        PER_PAGE,
        matches=matching_articles(query, section_id=section_id, language=language or None),
    )
    # Nonsense (`abc`, `-1`, `99999`) gives the first or the last page.
    page = paginator.get_page(request.GET.get("page", "1")[:12])
    results = with_snippets(list(page.object_list), query)
    response = render(
        request,
        "articles/search_results.html",
        {
            "query": query,
            "page": page,
            "results": results,
            # "1,000" or "1 000", in the page's language.
            "result_cap": number_format(paginator.cap, force_grouping=True),
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
