from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.formats import number_format
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_cookie

from .. import search as reader_search
from ..models import Section
from ..search import CONFIGS, clean_query, find, results_for
from .common import PER_PAGE, reader_language


@require_GET
@vary_on_cookie
def search(request: HttpRequest) -> HttpResponse:
    query = clean_query(request.GET.get("q", ""))
    sections = list(Section.objects.all())
    section = next((s for s in sections if s.slug == request.GET.get("section")), None)
    language = request.GET.get("language", "")
    language = language if language in CONFIGS else ""
    # The ids of at most RESULT_CAP results, best first (one query), then one page of them.
    found = find(query, section_id=section.pk if section else None, language=language or None)
    # Nonsense (`abc`, `-1`, `99999`) gives the first or the last page.
    page = Paginator(found.ids, PER_PAGE).get_page(request.GET.get("page", "1")[:12])
    results = results_for(list(page.object_list), query)
    response = render(
        request,
        "articles/search_results.html",
        {
            "query": query,
            "page": page,
            "results": results,
            "more": found.more,
            # "1,000" or "1 000", in the page's language.
            "result_cap": number_format(reader_search.RESULT_CAP, force_grouping=True),
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
