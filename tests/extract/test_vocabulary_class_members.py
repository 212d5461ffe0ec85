"""A class of platforms described by what they do ("all organisations that develop generative
AI": target null, tests/wide 504) and a named member of a class ("plusieurs sites, dont
Doctissimo,": that site): data/patterns/actions.yaml class_targets and unknown_target_lead.
Invented sentences, with the negatives that keep them apart."""

from __future__ import annotations


def test_a_class_described_by_what_it_does_is_a_class_target(steps_in):
    body = ("The Privacy Commissioner of Canada urged all organisations that develop generative "
            "AI to build privacy protections into their tools.")
    assert steps_in(f"Step\n\n{body}\n") == {("statement", "authority/opc-canada", ())}


def test_a_named_member_of_a_class_is_the_target(steps_in):
    body = ("L'Arcom a mis en demeure plusieurs sites, dont Doctissimo, de retirer des contenus "
            "sous quinze jours.")
    assert {(kind, actor, tuple(t.partition("/")[2] for t in targets))
            for kind, actor, targets in steps_in(f"Step\n\n{body}\n", "fr")} == {
        ("order", "authority/arcom", ("doctissimo",))}


def test_dont_without_a_list_names_no_target(steps_in):
    body = "L'Arcom a mis en demeure le site dont le directeur a démissionné."
    assert all(not targets for _, _, targets in steps_in(f"Step\n\n{body}\n", "fr"))
