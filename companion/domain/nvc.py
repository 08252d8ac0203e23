"""Feeling – need – request: the three parts an agent writes, joined into one calm reply.

How a language joins them (`NvcReply`: three templates and what goes between them) is content,
read from data/reframing/<language>.toml ([exercises.nvc.reply]); the joining is here. A part
written as a whole sentence is used as it is; a few words go into the template.
"""

from __future__ import annotations

from dataclasses import dataclass

PLACE = "{}"  # where the agent's words go in a template
_SENTENCE_ENDS = ".!?。！？…"
_TRAILING = " \t,，;；:：、.。!！?？…"


@dataclass(frozen=True, slots=True)
class NvcReply:
    """How one language makes the reply; each template holds `{}` once."""

    feeling: str
    need: str
    request: str
    joiner: str  # between the parts: " " in English, nothing in Chinese


def _is_whole_sentence(text: str) -> bool:
    """A part the agent wrote as a sentence of their own (it is then used as it is)."""
    if not text or text[-1] not in _SENTENCE_ENDS:
        return False
    first = text[0]
    if first.isascii() and first.isalpha():
        return first.isupper()
    return len(text) >= 8


def nvc_part(text: str, template: str) -> str:
    """One part of the reply: a few words go into the template, a whole sentence stays."""
    core = text.strip()
    if not core:
        return ""
    if _is_whole_sentence(core):
        return core
    core = core.rstrip(_TRAILING)
    return template.replace(PLACE, core, 1) if core else ""


def compose_nvc(feeling: str, need: str, request: str, reply: NvcReply) -> str:
    """The whole reply; parts left empty are left out."""
    parts = (
        nvc_part(feeling, reply.feeling),
        nvc_part(need, reply.need),
        nvc_part(request, reply.request),
    )
    return reply.joiner.join(part for part in parts if part)
