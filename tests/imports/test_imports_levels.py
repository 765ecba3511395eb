"""Levels (system, place, community) told in the ways partnership papers describe their tiers
without the words "system level", "place level" or "community level"."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def _levels(sentence: str) -> list[str]:
    text = f"Polzeath Memorandum of Understanding\n\n1. How we work\n\n{sentence}\n"
    return extract(read_document(text.encode(), "polzeath.txt"))["levels"]


def test_an_integrated_care_system_named_in_either_case_is_the_system_level():
    assert _levels("We work across the Polzeath and Rock integrated care system.") == ["system"]
    assert _levels(
        "The Alliance sits within the Camel Estuary Integrated Care System, which covers "
        "two places."
    ) == ["system"]
    # The system tier must be named as one: a booking or computer system is not.
    assert _levels("The Polzeath Booking System goes live in May.") == []


def test_a_borough_as_a_place_or_work_at_city_level_is_the_place_level():
    assert _levels("The Board sets priorities for Polzeath as a place.") == ["place"]
    assert _levels("The partnership meets at city level twice a year.") == ["place"]
    assert _levels("The partners will put the new rota in place by June.") == []


def test_work_split_into_neighbourhoods_or_localities_is_the_community_level():
    assert _levels("Each neighbourhood has a named link worker.") == ["community"]
    assert _levels("The partners fund five priority neighbourhoods along the coast.") == [
        "community"
    ]
    assert _levels("A hub opens in each of the town's four localities.") == ["community"]
    assert _levels("Residents meet in neighbourhood action groups every month.") == ["community"]
    assert _levels("Work is delivered through three locality family networks.") == ["community"]
    assert _levels("Trebetherick is a small neighbourhood of about 3,000 people.") == ["community"]


def test_names_and_single_sites_are_not_the_community_level():
    # A capitalised name holding the word, or one building in a locality, is no tier.
    assert _levels("The Polzeath Safer Neighbourhoods Partnership was renamed.") == []
    assert _levels("The Neighbourhood Policing Team attends when asked.") == []
    assert _levels("A new surgery is proposed in each locality.") == []


def test_each_place_and_counted_area_groups_name_their_levels():
    assert _levels("The plan gives each place a local budget.") == ["place"]
    assert _levels("The partners will take their places by June.") == []
    assert _levels("The work runs through the three Locality Support Hubs.") == ["community"]
    # A single group's name is no tier.
    assert _levels("The Neighbourhood Action Group meets monthly.") == []


def test_a_place_told_across_a_line_break_and_counted_wards_or_locality_clusters_are_tiers():
    assert _levels("The Compact applies to all dealings in Polzeath as a\nplace.") == ["place"]
    assert _levels("Action groups in each of Polzeath's seven wards lead the work.") == [
        "community"
    ]
    assert _levels("Heads in each of the four locality clusters meet every term.") == ["community"]
    assert _levels("Wards affected: All") == []


def test_primary_care_networks_wards_and_school_clusters_are_the_community_tier():
    assert _levels("Frailty hubs sit in each primary care network.") == ["community"]
    assert _levels("The work of the ward-based community networks.") == ["community"]
    assert _levels("Cases are shared only through the Ward Problem Solving Groups.") == [
        "community"
    ]
    assert _levels("Headteachers meet in the four local school clusters.") == ["community"]
    # A network's name is a party, not a tier.
    assert _levels("Hayle North Primary Care Network signs the agreement.") == []


def test_locality_panels_and_an_area_counted_out_into_wards_are_the_community_level():
    assert _levels("The Board works through three locality youth panels.") == ["community"]
    assert _levels("Outreach workers visit each of the district's five wards.") == ["community"]
    assert _levels("Rough sleepers were counted in five wards last year.") == ["community"]


def test_integrated_care_systems_counted_are_the_system_level():
    assert _levels("The Committee commissions once for the three integrated care systems.") == [
        "system"
    ]


def test_a_place_partnership_in_lower_case_is_the_place_level():
    assert _levels(
        "The Board reports to the Polzeath Partnership, the town's place partnership."
    ) == ["place"]


def test_every_ward_counted_localities_and_locality_panels_are_the_community_level():
    assert _levels("A free lecture is held in every ward each year.") == ["community"]
    assert _levels("Work in the town's four localities is led locally.") == ["community"]
    assert _levels("The three Locality Inclusion Panels meet each half-term.") == ["community"]
    # Other localities elsewhere, not this area split up, are no tier.
    assert _levels("It will be copied across the other three localities in time.") == []


def test_groups_counted_one_to_a_small_area_are_the_community_level():
    assert _levels("Four Town Action Teams tackle problems in the town centres.") == ["community"]
    assert _levels("The seven Neighbourhood Health and Wellbeing Groups agree local plans.") == [
        "community"
    ]
    assert _levels("Each of the four locality Family Hub Networks has a named lead.") == [
        "community"
    ]
    assert _levels("The four Family Hub Locality Panels allocate lead practitioners.") == [
        "community"
    ]
    assert _levels("Pantries open in the city's five priority wards.") == ["community"]
    # A group that is one for the whole area is no tier.
    assert _levels("The Town Centre Action Team meets monthly.") == []


def test_a_places_own_partnership_or_committee_named_in_capitals_is_the_place_level():
    assert _levels("The Polzeath Place Partnership was consulted on the plan.") == ["place"]
    assert _levels("It goes to the Polzeath Place Committee of Camel Integrated Care Board.") == [
        "place"
    ]
    # "in place" and a post are no tier.
    assert _levels("The Director of Place keeps the plan in place.") == []


def test_work_over_a_whole_borough_or_as_one_place_of_a_system_is_the_place_level():
    assert _levels("The Partnership works across the whole district.") == ["place"]
    assert _levels("Heads meet across the borough as a whole each term.") == ["place"]
    assert _levels("The borough-wide Inclusion Board reports to the Cabinet.") == ["place"]
    assert _levels("Polzeath is one place within the wider county.") == ["place"]
    # Sites spread over an area say where they are, not the tier the work is done at.
    assert _levels("Partners open warm spaces in venues across the district.") == []
