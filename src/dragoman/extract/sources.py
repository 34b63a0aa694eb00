"""Who reports an event (a speech verb's subject, "selon X") and who speaks a quotation."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dragoman.extract import attribution as attr
from dragoman.extract.arguments import clause_subject
from dragoman.extract.reading import Reading
from dragoman.language.syntax import phrase_span
from dragoman.model import Attribution, Entity, PartialDate, Quote


def attribution(
    reading: Reading, trigger: Token, selon: list[tuple[Token, Token]], on: PartialDate | None
) -> Attribution | None:
    found: list[tuple[int, Attribution]] = []
    source = attr.speech_source(trigger, reading.lex)
    if source is not None:
        speaker = reading.actors.entity(source.speaker[0], on)
        if speaker is not None:
            edge = source.speaker[0].right_edge
            start = min(source.speaker[0].left_edge.idx, source.cue.start_char)
            # "a déclaré le maire": the speaker may follow the cue.
            end = max(source.cue.end_char, edge.idx + len(edge.text))
            found.append((source.cue.start, Attribution(speaker, reading.doc.text[start:end])))
    for marker, head in selon:
        if marker.i < trigger.i or trigger in head.head.subtree:
            span = phrase_span(head)
            start = min(marker.idx, span.start_char)
            text = reading.doc.text[start : span.end_char]
            found.append((marker.i, Attribution(reading.actors.entity(head, on), text)))
    # Of several sources, the one introduced last before the event is the one that reports it.
    before = [f for f in found if f[0] < trigger.i] or found
    return max(before, key=lambda f: f[0])[1] if before else None


def quotes(reading: Reading) -> list[Quote]:
    out = []
    document = reading.document
    for start, end in attr.quote_spans(reading.doc, reading.lex.lang):
        inner = reading.doc.char_span(start, end, alignment_mode="expand")
        if inner is None or not len(inner):
            continue
        sentence = inner[0].sent
        speaker, cue = _speaker_of(reading, inner, sentence)
        named = reading.actors.resolver.mentions(inner)
        about = [m for m in named if m.start is not None and start <= m.start < end]
        out.append(
            Quote(
                doc_id=document.doc_id,
                speaker=speaker,
                quote=document.text[start:end],
                start=start,
                end=end,
                cue=cue,
                about=about,
            )
        )
    return out


def _speaker_of(reading: Reading, inner: Span, sentence: Span) -> tuple[Entity | None, str]:
    lex, published = reading.lex, reading.document.published
    source = attr.speech_source(inner.root, lex)
    if source is None:
        verbs = [t for t in sentence if attr.is_speech_verb(t, lex) and not inner.start <= t.i < inner.end]
        if verbs:
            verb = min(verbs, key=lambda v: abs(v.i - inner.start))
            speakers, _ = clause_subject(verb, lex)
            if speakers:
                source = attr.Source(speakers, attr.cue_of(verb), verb)
    if source is not None:
        return reading.actors.entity(source.speaker[0], published), source.cue.text
    for marker, head in attr.according_to(sentence, lex):
        return reading.actors.entity(head, published), marker.text
    return None, ""
