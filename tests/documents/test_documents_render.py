"""Agreement documents as PDF (WeasyPrint) and Word (python-docx), read back for real."""

from __future__ import annotations

import datetime as dt
import subprocess
from io import BytesIO
from itertools import count

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from accord.accounts.models import User
from accord.agreements.models import AgreementVersion, Party, Section
from accord.documents.pdf import render_agreement_pdf, render_certificate_pdf
from accord.documents.word import render_agreement_docx
from accord.signing.models import AuthorisedSignatory, Signature

pytestmark = pytest.mark.django_db

HEADINGS = [
    "1. Introduction",
    "2. Parties to this Memorandum of Understanding",
    "3. Purpose of this Memorandum of Understanding",
    "4. Background and context at each level",
    "5. Wider context",
    "6. Values",
    "7. Overarching Principles of the MOU",
    "8. Process of enactment",
]
CATEGORIES = ["Local Authorities", "NHS Commissioners", "NHS Service Providers", "Other Partners"]
_people = count(1)


@pytest.fixture(autouse=True)
def _documents_in_tmp(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    settings.MEDIA_ROOT = str(tmp_path / "files")


def childrens_mou() -> AgreementVersion:
    return AgreementVersion.objects.select_related("agreement__owning_body").get(
        agreement__slug="childrens-mou", number=1
    )


def answer(
    party: Party,
    *,
    decision: str = "signed",
    full_name: str = "Lyn Carpenter",
    post: str = "Chief Executive",
    reason: str = "",
    organisation_name: str | None = None,
    at: dt.datetime | None = None,
) -> Signature:
    """A party's answer on its agreement's published version, as the signing flow records it."""
    version = party.agreement.versions.filter(published_at__isnull=False).latest("number")
    user = User.objects.create_user(email=f"signatory{next(_people)}@documents.example.org")
    signatory = AuthorisedSignatory.objects.create(
        organisation=party.organisation, user=user, post=post, authority="Scheme of delegation 4.2"
    )
    return Signature.objects.create(
        party=party,
        version=version,
        content_hash=version.content_hash,
        decision=decision,
        signatory=signatory,
        organisation_name=organisation_name or party.name_as_party,
        full_name=full_name,
        post=post,
        reason=reason,
        signed_at=at or dt.datetime(2020, 3, 2, 10, 15, 30, tzinfo=dt.UTC),
        ip_address="192.0.2.44",
        user_agent="Mozilla/5.0 (Windows NT 10.0) Firefox/128.0",
        method="emailed_link",
    )


def pdf_pages(data: bytes) -> list[str]:
    """Each page's text with line breaks and runs of spaces made single spaces, since
    where a line wraps depends on the font, not on what the document says."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(data)).pages]


def test_the_pdf_has_the_sections_in_order_then_parties_signatures_and_certificate(demo):
    version = childrens_mou()
    parties = list(version.agreement.parties.order_by("order"))
    signed = answer(
        parties[0], full_name="Lyn Carpenter", at=dt.datetime(2020, 7, 1, 9, 5, tzinfo=dt.UTC)
    )
    declined = answer(
        parties[1], decision="declined", full_name="Mark Tebbs", reason="Our board meets in April."
    )
    pages = pdf_pages(render_agreement_pdf(version, [signed, declined]))
    text = " ".join(pages)

    assert 6 <= len(pages) <= 20
    title_page = pages[0]
    for fact in ("Memorandum of understanding", "Brighter Futures Children's Partnership"):
        assert fact in title_page
    assert "Legally binding" in title_page and "No" in title_page
    assert "1: Final draft" in title_page

    positions = [text.index(heading) for heading in HEADINGS]
    assert positions == sorted(positions)
    parties_page = next(page for page in pages if page.startswith("Parties"))
    category_positions = [parties_page.index(category) for category in CATEGORIES]
    assert category_positions == sorted(category_positions)
    assert "Thurrock Council" in parties_page and "Declaration" in parties_page

    signature_page = next(page for page in pages if page.startswith("Signatures"))
    assert "Lyn Carpenter" in signature_page and parties[0].name_as_party in signature_page
    assert "Parties that declined to sign" in signature_page
    assert "Our board meets in April." in signature_page

    certificate = " ".join(pages[pages.index(signature_page) + 1 :])
    assert certificate.startswith("Certificate of completion")
    assert version.content_hash in certificate.replace(" ", "")
    assert "1 July 2020, 09:05:00 UTC" in certificate
    assert "1 July 2020, 10:05:00 BST" in certificate  # summer: UK time is an hour ahead
    # Where they answered from is personal data: evidence for officers, not in a document.
    assert "192.0.2.44" not in certificate and "Firefox/128.0" not in certificate
    assert "E-mailed single-use link" in certificate


def test_lettered_items_keep_their_letters_and_bullets_their_items(demo):
    text = " ".join(pdf_pages(render_agreement_pdf(childrens_mou())))
    enactment = text[text.index("8. Process of enactment") :]
    for letter, words in zip(
        "abc",
        (
            "The Brighter Futures Board agrees",
            "The MOU goes to the CCG",
            "The MOU goes to the Health",
        ),
        strict=True,
    ):
        assert f"{letter}) {words}" in enactment
    assert "Equality between organisations" in text


def test_every_page_carries_its_number(demo):
    pages = pdf_pages(render_agreement_pdf(childrens_mou()))
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page


def test_the_pdf_is_tagged_for_screen_readers_and_titled(demo):
    reader = PdfReader(BytesIO(render_agreement_pdf(childrens_mou())))
    catalogue = reader.trailer["/Root"]
    assert catalogue["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in catalogue
    assert catalogue["/Lang"] == "en-GB"
    assert reader.metadata.title.endswith("Thurrock, version 1")


def test_text_is_escaped_not_interpreted_as_markup(demo):
    version = childrens_mou()
    party = version.agreement.parties.order_by("order").first()
    hostile = answer(party, organisation_name='<img src="file:///etc/passwd"> Evil & Co <b>plc</b>')
    text = " ".join(pdf_pages(render_agreement_pdf(version, [hostile])))
    assert '<img src="file:///etc/passwd"> Evil & Co <b>plc</b>' in text


def test_a_draft_says_so_on_its_title_page(demo):
    agreement = childrens_mou().agreement
    draft = AgreementVersion.objects.create(agreement=agreement, number=9, label="Rework")
    Section.objects.create(version=draft, order=1, number="1", heading="Scope", text="- One\n- Two")
    pages = pdf_pages(render_agreement_pdf(draft))
    assert "Draft: this version is not published" in pages[0]
    assert "1. Scope" in pages[1]


def test_the_certificate_names_the_sealed_file_it_completes(demo):
    version = childrens_mou()
    signed = answer(version.agreement.parties.order_by("order").first())
    text = " ".join(pdf_pages(render_certificate_pdf(version, [signed], sealed_sha256="ab" * 32)))
    assert text.startswith("Accord") and "Certificate of completion" in text
    assert "ab" * 32 in text.replace(" ", "")
    assert "Lyn Carpenter" in text


def _docx(version) -> docx.document.Document:
    return docx.Document(BytesIO(render_agreement_docx(version)))


def test_the_word_export_has_headings_real_lists_and_the_parties_table(demo):
    document = _docx(childrens_mou())
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title"
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == [*HEADINGS, "Parties", "Declaration"]

    bullets = [p.text for p in paragraphs if p.style.name == "List Bullet"]
    assert "Equality between organisations" in bullets and "childhood obesity" in bullets
    lettered = [p for p in paragraphs if p.style.name == "List Number"]
    assert [p.text.split(" ")[0] for p in lettered] == [
        "The",
        "Boards",
        "Brighter",
        "The",
        "The",
        "The",
    ]
    list_ids = [p._p.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val")) for p in lettered]
    # Two lettered lists (sections 7 and 8): each its own numbering, so each starts at a).
    assert list_ids[:3] == [list_ids[0]] * 3 and list_ids[3:] == [list_ids[3]] * 3
    assert list_ids[0] != list_ids[3]
    numbering = document.part.numbering_part.element
    formats = [f.get(qn("w:val")) for f in numbering.iter(qn("w:numFmt"))]
    assert "lowerLetter" in formats

    parties = document.tables[1]
    rows = [[cell.text for cell in row.cells] for row in parties.rows]
    assert rows[0] == ["Category", "Organisation"]
    assert ["Local Authorities", "Thurrock Council"] in rows
    assert [row[0] for row in rows[1:]].count("Other Partners") == 10
    facts = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert facts["Legally binding"] == "No"
    assert facts["Content hash"] == childrens_mou().content_hash


def test_libreoffice_converts_the_word_export_without_error(demo, tmp_path):
    source = tmp_path / "childrens-mou.docx"
    source.write_bytes(render_agreement_docx(childrens_mou()))
    result = subprocess.run(
        [
            "libreoffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_pages((tmp_path / "childrens-mou.pdf").read_bytes()))
    assert "8. Process of enactment" in text
    assert "a) The Brighter Futures Board agrees" in text
