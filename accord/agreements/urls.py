from django.urls import path

from accord.agreements.views import changes, drafting, membership, publishing, read

app_name = "agreements"
urlpatterns = [
    path("", read.agreement_list, name="list"),
    path("new/", drafting.agreement_new, name="new"),
    path("<slug:slug>/", read.agreement_detail, name="detail"),
    path("<slug:slug>/versions/<int:number>/", read.version_detail, name="version"),
    path("<slug:slug>/compare/", read.diff, name="diff"),
    path("<slug:slug>/history/", read.history, name="history"),
    path("<slug:slug>/draft/", drafting.draft, name="draft"),
    path("<slug:slug>/draft/begin/", drafting.draft_begin, name="draft_begin"),
    path("<slug:slug>/draft/sections/new/", drafting.section_new, name="section_new"),
    path("<slug:slug>/draft/sections/<int:pk>/", drafting.section_edit, name="section_edit"),
    path(
        "<slug:slug>/draft/sections/<int:pk>/<str:action>/",
        drafting.section_action,
        name="section_action",
    ),
    path("<slug:slug>/draft/publish/", publishing.publish, name="publish"),
    path("<slug:slug>/status/", publishing.change_status, name="status"),
    path("<slug:slug>/parties/", membership.parties, name="parties"),
    path("<slug:slug>/parties/import/", membership.parties_import, name="parties_import"),
    path("<slug:slug>/parties/<int:pk>/remove/", membership.party_remove, name="party_remove"),
    path("<slug:slug>/term/", changes.agreement_terms, name="terms"),
    path("<slug:slug>/variation/", changes.variation_start, name="variation"),
    path("<slug:slug>/parties/<int:pk>/notice/", changes.party_notice, name="notice"),
    path(
        "<slug:slug>/parties/<int:pk>/notice/withdraw/",
        changes.party_notice_withdraw,
        name="notice_withdraw",
    ),
    path(
        "<slug:slug>/parties/<int:pk>/remove-by-variation/",
        changes.party_remove_by_variation,
        name="remove_by_variation",
    ),
]
