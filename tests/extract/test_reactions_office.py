"""Who posts as the public: an office holder's post is not a public reaction
(``reactions.OFFICE_HOLDER_TITLES``), nor is the head of a body a vox pop
(``speaker_phrase._runs_an_institution``)."""

from pipeline.config import load_params
from pipeline.runner import extract_texts


def _reactions(text: str) -> list[str]:
    return [r.text for r in extract_texts(load_params(), {"file:///blog/articles/a.txt": text}).reactions]


def test_a_councillor_posting_from_the_chamber_is_no_public_reaction() -> None:
    # (found on quote set S: a live blog's councillors, posting and replying, were made reactions)
    text = ("Council budget: live\n\n18:36 Cllr Osric Hembury has posted on X from his seat: 'Cut the consultants first.'\n\n"
            "18:40 A resident outside the hall, Ada Lowe, 71, posted: 'Keep the libraries open.'")
    found = _reactions(text)
    assert "Cut the consultants first." not in found
    assert "Keep the libraries open." in found


def test_the_head_of_a_firm_is_no_vox_pop() -> None:
    # (found on quote set X: the woman who runs the grazing firm with her father was made one of
    # the public, her father, set beside her as "Her father,", making the family ordinary)
    text = ("Goats eat the show garden\n\nThe goats escaped on Sunday.\n\nIt turns out the gate was shut. Megan Pascoe, "
            "who runs the firm with her father, said a camera showed a man opening it.\n\n"
            "‘He is on the video, plain as day,’ she said.\n\n"
            "Her father, Robert Pascoe, who had blamed the public all week, was generous: ‘Someone thought the goats looked hungry.’")
    assert "He is on the video, plain as day" not in _reactions(text)
