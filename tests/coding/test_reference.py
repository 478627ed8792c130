"""The reference article (examples/moskow-2022-02-15.id.txt) against its gold annotation."""

from warta.evaluation.events import score

VIOLENT_ROOTS = {"18", "19", "20"}


def test_reference_required_recall(example_document, gold):
    scores = score(example_document, gold)
    assert scores.required == 13
    assert scores.required_found == 13, [g["id"] for g in scores.gold if g["required"] and not g["found"]]


def test_reference_no_forbidden_event_asserted(example_document, gold):
    assert score(example_document, gold).forbidden_hits == []


def test_reference_precision(example_document, gold):
    scores = score(example_document, gold)
    assert scores.precision >= 0.9, scores.unmatched


def test_reference_invasion_attack_and_provocations_never_asserted(example_document):
    violent = [e for e in example_document.events if e.root in VIOLENT_ROOTS]
    assert violent, "the alleged invasion and the denied attack are coded, with their mode"
    assert {e.mode for e in violent} <= {"alleged", "hypothetical", "negated"}
    modes = {e.trigger: e.mode for e in violent}
    assert modes.get("serangan") == "negated"  # "tidak ada indikasi ... mempersiapkan serangan"
    invasion = {e.mode for e in violent if e.trigger == "invasi"}
    assert invasion == {"hypothetical", "alleged"}  # "... mungkin merupakan ancaman", "dugaan invasi"


def test_reference_calls_dated_on_saturday(example_document, gold):
    scores = score(example_document, gold)
    calls = [g for g in scores.gold if g["id"] in ("E1", "E14", "E15", "E16")]
    assert all(g["found"] and g["date_agrees"] for g in calls), calls


def test_reference_events_point_into_the_text(example_document):
    text = example_document.article.text
    for event in example_document.events:
        assert text[event.start : event.end] == event.evidence
        assert event.trigger in event.evidence
        sentence = example_document.sentences[event.sentence]
        assert sentence.start <= text.index(event.trigger, event.start) < sentence.end


def test_reference_reported_by_ushakov(example_document):
    complaint = next(e for e in example_document.events if e.trigger == "mengeluh")
    assert (complaint.source.code, complaint.target.code, complaint.code) == ("RUSGOV", "USAGOV", "114")
    assert complaint.reported_by == "Yury Ushakov"


def test_reference_entities_get_actor_codes(example_document):
    coded = {e.text: e.actor for e in example_document.entities if e.actor}
    assert coded, "entities overlapping actor mentions carry their code"
    assert all(len(code) >= 3 and code.isupper() for code in coded.values())
