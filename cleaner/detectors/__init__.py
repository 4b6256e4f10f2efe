"""The detectors: each flags one kind of page residue; none removes anything."""
from __future__ import annotations

from .article import ArticleRegion
from .article_head import ArticleHead
from .ad_labels import AdLabels
from .base import Detector, LineDetector
from .comments import CommentNotices
from .credits import Credits
from .cross_links import CrossLinks
from .date_line import DateLine
from .headline import RepeatedHeadline
from .icon_labels import IconLabelRuns
from .page_tails import PageTails
from .player import PlayerResidue
from .prompts import Prompts
from .repeats import Repeats
from .separators import Separators
from .share_prompts import SharePrompts
from .teasers import Teasers
from .widgets import Widgets

__all__ = [
    "Detector",
    "LineDetector",
    "IconLabelRuns",
    "SharePrompts",
    "CrossLinks",
    "PlayerResidue",
    "RepeatedHeadline",
    "DateLine",
    "ArticleRegion",
    "ArticleHead",
    "Credits",
    "AdLabels",
    "Prompts",
    "CommentNotices",
    "PageTails",
    "Separators",
    "Widgets",
    "Teasers",
    "Repeats",
    "default_detectors",
]


def default_detectors() -> list[Detector]:
    """A fresh list of the default detectors, with their default thresholds."""
    return [
        IconLabelRuns(),
        SharePrompts(),
        CrossLinks(),
        PlayerResidue(),
        RepeatedHeadline(),
        DateLine(),
        ArticleRegion(),
        Credits(),
        AdLabels(),
        Prompts(),
        CommentNotices(),
        PageTails(),
        Separators(),
        Widgets(),
        Teasers(),
        Repeats(),
    ]
