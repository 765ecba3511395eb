"""Names and text for the synthetic register: plausible, deterministic, and cheap to make.

Every name is built from a seeded random generator, so the same size and seed always
give the same register (the benchmark's figures can be compared run to run).
"""

from __future__ import annotations

import random

PLACE_STEMS = [
    "Ash", "Bar", "Bel", "Black", "Bram", "Brook", "Cal", "Car", "Clay", "Cold", "Crow",
    "Dun", "East", "Elm", "Fair", "Fen", "Fox", "Glen", "Grey", "Hal", "Ham", "Hart",
    "Hazel", "High", "Holm", "Kel", "Kings", "Lang", "Lark", "Lea", "Lin", "Long", "Mar",
    "Mel", "Mill", "Moor", "Nor", "Oak", "Pen", "Red", "Ris", "Rock", "Ros", "Sal",
    "Sand", "Shel", "South", "Stan", "Stone", "Sut", "Thorn", "Wal", "West", "Whit",
    "Wick", "Wil", "Win", "Wood", "Wy", "York",
]  # fmt: skip
PLACE_ENDS = [
    "bury", "by", "combe", "cross", "dale", "den", "don", "field", "ford", "gate",
    "ham", "hampton", "holme", "hurst", "ing", "ley", "mere", "minster", "mouth",
    "ney", "port", "sea", "shaw", "stead", "stow", "thorpe", "ton", "vale", "well",
    "wick", "worth",
]  # fmt: skip
SURNAMES = [
    "Adams", "Ahmed", "Ali", "Baker", "Begum", "Bennett", "Brown", "Campbell", "Carter",
    "Chen", "Clarke", "Cooper", "Davies", "Edwards", "Evans", "Green", "Hall", "Harris",
    "Hughes", "Jackson", "James", "Johnson", "Jones", "Kaur", "Khan", "King", "Lee",
    "Lewis", "Martin", "Mistry", "Moore", "Morgan", "Morris", "Nguyen", "Okafor",
    "Owen", "Patel", "Phillips", "Price", "Roberts", "Robinson", "Shah", "Singh",
    "Smith", "Taylor", "Thomas", "Thompson", "Turner", "Walker", "Ward", "Watson",
    "White", "Williams", "Wilson", "Wood", "Wright", "Young",
]  # fmt: skip
GIVEN_NAMES = [
    "Aisha", "Alex", "Amir", "Anna", "Ben", "Chloe", "Daniel", "David", "Emma", "Fatima",
    "Grace", "Hannah", "Imran", "Jack", "James", "Jo", "Kate", "Laura", "Leon", "Maria",
    "Mark", "Mohammed", "Nadia", "Olivia", "Omar", "Priya", "Rachel", "Ravi", "Ruth",
    "Sam", "Sarah", "Simon", "Sophie", "Tom", "Yusuf", "Zara",
]  # fmt: skip
WORDS = (
    "partners agree to work together to improve outcomes for residents children families "
    "and communities across the area through shared planning joint commissioning and "
    "integrated delivery of services each organisation remains responsible for its own "
    "statutory duties while committing to share information pool resources where lawful "
    "and hold one another to account through the partnership board which meets quarterly "
    "reviews progress against the strategy and reports annually to the health and "
    "wellbeing board the parties will listen to people who use services involve the "
    "voluntary sector as an equal partner and publish what they decide"
).split()

SECTION_HEADINGS = [
    "Introduction", "Parties to the agreement", "Purpose", "Background", "Scope",
    "Principles", "Governance and accountability", "Information sharing",
    "Financial arrangements", "Review and variation", "Dispute resolution",
    "Process of enactment",
]  # fmt: skip
VALUES = [
    "Equality between organisations", "Mutual respect and trust", "Openness and honesty",
    "Shared responsibility", "Putting residents first", "Learning together",
]  # fmt: skip
PRINCIPLES = [
    "Decisions are taken as close to residents as possible",
    "Partners share information unless the law prevents it",
    "No partner acts alone on a matter that affects the others",
    "Resources follow need across organisational boundaries",
    "Partners tell one another early about risks",
    "Every partner has an equal voice at the board",
]  # fmt: skip


class Names:
    """Unique place names and slugs from one seeded generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used_places: set[str] = set()
        self.used_slugs: set[str] = set()

    def place(self) -> str:
        for _ in range(50):
            name = self.rng.choice(PLACE_STEMS) + self.rng.choice(PLACE_ENDS)
            if name not in self.used_places:
                self.used_places.add(name)
                return name
        # Rarely all short names are taken at national size: add a compass point.
        name = f"{name} {self.rng.choice(['North', 'South', 'East', 'West', 'Central'])}"
        while name in self.used_places:
            name += " Vale"
        self.used_places.add(name)
        return name

    def slug(self, text: str) -> str:
        from django.utils.text import slugify

        base = slugify(text)[:100] or "item"
        slug, number = base, 1
        while slug in self.used_slugs:
            number += 1
            slug = f"{base}-{number}"
        self.used_slugs.add(slug)
        return slug

    def person(self) -> str:
        return f"{self.rng.choice(GIVEN_NAMES)} {self.rng.choice(SURNAMES)}"


def sentence(rng: random.Random, low: int = 8, high: int = 20) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))
