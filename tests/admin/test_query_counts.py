"""Each busy changelist runs a fixed number of queries, whatever the number of rows."""

import pytest

from records.models import Blog, Insight, LearningPlan, Partner, Partnership, PlanAnswer
from tests.admin.pages import changelist_url
from tests.factories import make_many_plans, shared_rows


@pytest.fixture(scope="module", params=[1, 100], ids=lambda n: f"{n}-rows")
def rows(request, django_db_setup, django_db_blocker):
    """How many plans (and blogs) there are: built once for all the changelists."""
    with shared_rows(django_db_blocker):
        make_many_plans(request.param)
        yield request.param


# Session, user, permissions (user and group), then each changelist's own queries.
CHANGELIST_QUERIES = {
    LearningPlan: 14,
    Insight: 12,
    Blog: 12,
    Partner: 11,
    Partnership: 9,
    PlanAnswer: 9,
}


@pytest.mark.parametrize("model", CHANGELIST_QUERIES, ids=lambda m: m.__name__)
def test_changelist_query_count_is_fixed(editor_client, django_assert_num_queries, model, rows):
    with django_assert_num_queries(CHANGELIST_QUERIES[model]):
        response = editor_client.get(changelist_url(model))
    assert len(response.context["cl"].result_list) == min(model.objects.count(), 100)
    assert model.objects.count() >= rows
