"""Demo newsroom content, written for this project (no real article is copied here)."""

from __future__ import annotations

from typing import Any

from .climate import ARTICLES as CLIMATE
from .culture import ARTICLES as CULTURE
from .economy import ARTICLES as ECONOMY
from .politics import ARTICLES as POLITICS
from .tech import ARTICLES as TECH

COPYRIGHT: dict[str, Any] = {
    "holder": "Impact European",
    "first_year": 2023,
    "statement_en": "All rights reserved.",
    "statement_fr": "Tous droits réservés.",
}

SECTIONS: list[dict[str, Any]] = [
    {"slug": "politics", "name_en": "Politics", "name_fr": "Politique", "position": 0},
    {"slug": "economy", "name_en": "Economy", "name_fr": "Économie", "position": 1},
    {"slug": "climate", "name_en": "Climate", "name_fr": "Climat", "position": 2},
    {"slug": "culture", "name_en": "Culture", "name_fr": "Culture", "position": 3},
    {"slug": "tech", "name_en": "Tech & Society", "name_fr": "Tech et société", "position": 4},
]

AUTHORS: list[dict[str, Any]] = [
    {
        "slug": "claire-fontaine",
        "display_name": "Claire Fontaine",
        "job_title_en": "Brussels correspondent",
        "job_title_fr": "Correspondante à Bruxelles",
        "bio_en": "Claire Fontaine covers the European institutions from Brussels. She joined the "
        "paper at its founding after ten years in regional newsrooms.",
        "bio_fr": "Claire Fontaine suit les institutions européennes depuis Bruxelles. Elle a "
        "rejoint le journal dès sa fondation, après dix ans en presse régionale.",
        "has_login": True,
        "username": "claire",
        "role": "journalist",
        "email": "claire.fontaine@example.org",
    },
    {
        "slug": "tomas-novak",
        "display_name": "Tomáš Novák",
        "job_title_en": "Economics reporter",
        "job_title_fr": "Journaliste économie",
        "bio_en": "Tomáš Novák writes about trade, labour and public money. He reads budgets so "
        "that readers do not have to.",
        "bio_fr": "Tomáš Novák écrit sur le commerce, le travail et l’argent public. Il lit les "
        "budgets pour que les lecteurs n’aient pas à le faire.",
        "has_login": True,
        "username": "tomas",
        "role": "journalist",
        "email": "tomas.novak@example.org",
    },
    {
        "slug": "ines-duarte",
        "display_name": "Inês Duarte",
        "job_title_en": "Climate and science reporter",
        "job_title_fr": "Journaliste climat et sciences",
        "bio_en": "Inês Duarte reports on climate policy, energy and the science behind them, "
        "from Lisbon and wherever the story is.",
        "bio_fr": "Inês Duarte couvre la politique climatique, l’énergie et la science qui les "
        "sous-tend, depuis Lisbonne et là où se trouve l’histoire.",
        "has_login": True,
        "username": "ines",
        "role": "journalist",
        "email": "ines.duarte@example.org",
    },
    {
        "slug": "marc-lefevre",
        "display_name": "Marc Lefèvre",
        "job_title_en": "Deputy editor",
        "job_title_fr": "Rédacteur en chef adjoint",
        "bio_en": "Marc Lefèvre edits the politics and economy pages. Before that he ran a local "
        "weekly in the Ardennes for twelve years.",
        "bio_fr": "Marc Lefèvre édite les pages politique et économie. Auparavant, il a dirigé un "
        "hebdomadaire local dans les Ardennes pendant douze ans.",
        "has_login": True,
        "username": "marc",
        "role": "editor",
        "email": "marc.lefevre@example.org",
    },
    {
        "slug": "sofia-berg",
        "display_name": "Sofia Berg",
        "job_title_en": "Editor-in-chief",
        "job_title_fr": "Rédactrice en chef",
        "bio_en": "Sofia Berg founded the paper with a handful of colleagues in 2023. She writes "
        "the occasional editorial and answers readers' letters.",
        "bio_fr": "Sofia Berg a fondé le journal avec quelques collègues en 2023. Elle signe des "
        "éditoriaux et répond au courrier des lecteurs.",
        "has_login": True,
        "username": "sofia",
        "role": "chief_editor",
        "email": "sofia.berg@example.org",
    },
    {
        "slug": "agence-lumen",
        "display_name": "Agence Lumen",
        "job_title_en": "News and photo agency",
        "job_title_fr": "Agence de presse et de photos",
        "bio_en": "Agence Lumen is an independent cooperative of photographers and reporters "
        "whose work the paper licenses.",
        "bio_fr": "Agence Lumen est une coopérative indépendante de photographes et de "
        "reporters dont le journal achète les travaux.",
        "has_login": False,
        "username": "",
        "role": "journalist",
        "email": "desk@lumen.example.org",
    },
]

ARTICLES: list[dict[str, Any]] = [*POLITICS, *ECONOMY, *CLIMATE, *CULTURE, *TECH]
