"""Insights stored once: a closing report's "insights" answer goes where its text was split into
Insight rows, and the plan's search text, which counted each insight twice, is rebuilt.

The rule is the importer's (records/importing/plans.py): the answer dropped is the plan's
first non-empty "insights" answer, and only when the plan has Insight rows; an answer nothing
was split from stays. The search text is built as the importer builds it: title, answers and
insights in order, the non-empty ones one per line.
"""

from django.db import migrations


def store_insights_once(apps, schema_editor):
    LearningPlan = apps.get_model("records", "LearningPlan")
    PlanAnswer = apps.get_model("records", "PlanAnswer")
    Insight = apps.get_model("records", "Insight")
    split = {}  # plan id → the answer its insights were split from
    answers = PlanAnswer.objects.filter(
        key="insights", plan__in=Insight.objects.values("plan")
    ).exclude(text="")
    for plan_id, answer_id in answers.order_by("-position").values_list("plan_id", "pk"):
        split[plan_id] = answer_id  # the lowest position wins
    PlanAnswer.objects.filter(pk__in=split.values()).delete()
    for plan in LearningPlan.objects.filter(pk__in=split):
        texts = [
            plan.title,
            *PlanAnswer.objects.filter(plan=plan).order_by("position").values_list("text", flat=True),
            *Insight.objects.filter(plan=plan).order_by("position").values_list("text", flat=True),
        ]
        plan.search_document = "\n".join(text for text in texts if text)
        plan.save(update_fields=["search_document"])


class Migration(migrations.Migration):
    dependencies = [("records", "0005_tag_aliases")]

    operations = [migrations.RunPython(store_insights_once, migrations.RunPython.noop)]
