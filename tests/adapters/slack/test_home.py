"""The App Home tab: what the bot does, the person's own reports, and for admins the open concerns."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from bot.runtime import RUNTIME
from bot.store.models import Concern
from tests.adapters.slack.conftest import HEAD, TEACHER, TEACHER_DM, SlackDriver, StartSlack
from tests.fakes.slack_api import Call
from tests.policy_kb.test_policy_name import RIVERSIDE

REPORT = {"category": "image", "danger": "no", "what": "A pupil's photo was shared on Instagram"}


def for_user(user: str):
    return lambda call: call.args.get("user_id") == user


def shown(call: Call) -> str:
    view = call.args["view"]
    return str(view["blocks"])


async def open_home(slack: SlackDriver, user: str) -> None:
    await slack.event({"type": "app_home_opened", "user": user, "channel": "D0X", "tab": "home"})


async def test_home_lists_my_reports_and_admins_see_open_concerns(slack: SlackDriver) -> None:
    await open_home(slack, TEACHER)
    [empty] = await slack.fake.wait_for("views.publish", for_user(TEACHER))
    assert "You have not reported any concerns" in shown(empty)
    assert "Open concerns" not in shown(empty)

    await slack.command("report")
    [opened] = await slack.fake.wait_for("views.open")
    await slack.submit(opened, REPORT)
    await slack.fake.wait_for("chat.postMessage", lambda c: "C-0001" in c.args.get("text", ""))

    await open_home(slack, TEACHER)
    [_, mine] = await slack.fake.wait_for("views.publish", for_user(TEACHER), count=2)
    assert "C-0001" in shown(mine) and "Open concerns" not in shown(mine)

    await open_home(slack, HEAD)
    [admin] = await slack.fake.wait_for("views.publish", for_user(HEAD))
    assert "Open concerns" in shown(admin) and "C-0001" in shown(admin)


async def test_the_home_report_button_opens_the_form(slack: SlackDriver) -> None:
    await open_home(slack, TEACHER)
    [home] = await slack.fake.wait_for("views.publish")
    await slack.press(Call("views.publish", {"blocks": home.args["view"]["blocks"]}, {}), "Report a concern")
    [opened] = await slack.fake.wait_for("views.open")
    assert opened.args["view"]["callback_id"] == "policybot.form"


async def test_home_shows_a_report_left_half_written_in_chat_until_it_is_finished_or_cancelled(
        slack: SlackDriver) -> None:
    await slack.dm("I need to report a concern")
    await slack.fake.wait_for("chat.postMessage", lambda c: c.args.get("channel") == TEACHER_DM)
    await slack.event({"type": "app_home_opened", "user": TEACHER, "channel": TEACHER_DM, "tab": "home"})
    [home] = await slack.fake.wait_for("views.publish", for_user(TEACHER))
    assert "report in progress" in shown(home)
    assert shown(home).index("report in progress") < shown(home).index("Your reports")

    await slack.dm("cancel")
    await slack.fake.wait_for("chat.postMessage", lambda c: c.args.get("channel") == TEACHER_DM
                              and "Report cancelled" in c.args.get("text", ""))
    await slack.event({"type": "app_home_opened", "user": TEACHER, "channel": TEACHER_DM, "tab": "home"})
    [_, after] = await slack.fake.wait_for("views.publish", for_user(TEACHER), count=2)
    assert "report in progress" not in shown(after)


async def test_someone_elses_half_written_report_is_not_on_my_home(slack: SlackDriver) -> None:
    await slack.dm("I need to report a concern")
    await slack.fake.wait_for("chat.postMessage", lambda c: c.args.get("channel") == TEACHER_DM)
    await open_home(slack, HEAD)  # the head's own DM, D0X, has no report in it
    [home] = await slack.fake.wait_for("views.publish", for_user(HEAD))
    assert "report in progress" not in shown(home)


async def dm_to_what_happened(slack: SlackDriver, told: str) -> None:
    """`told` in the teacher's DM begins a report: online bullying, no danger, the short steps skipped, at "What
    happened?" with `told` as the answer so far."""
    await slack.dm(told)
    await slack.fake.wait_for("chat.postMessage", lambda c: "What kind of concern" in c.text_and_blocks())
    await slack.dm("1")  # online bullying
    await slack.dm("no")
    for prompt in ("Who is affected", "Who is responsible", "Where did it happen", "When did it happen"):
        await slack.fake.wait_for("chat.postMessage", lambda c, p=prompt: p in c.text_and_blocks())
        await slack.dm("skip")
    await slack.fake.wait_for("chat.postMessage", lambda c: "describe it in your own words" in c.text_and_blocks())


async def test_home_shows_the_question_a_report_stopped_at_without_the_answer_given_before(slack: SlackDriver) -> None:
    told = "A girl in 5B is being sent nasty messages on WhatsApp by older pupils"
    await dm_to_what_happened(slack, told)
    await slack.event({"type": "app_home_opened", "user": TEACHER, "channel": TEACHER_DM, "tab": "home"})
    [home] = await slack.fake.wait_for("views.publish", for_user(TEACHER))
    assert "report in progress" in shown(home) and "What happened?" in shown(home)
    assert "WhatsApp by older pupils" not in shown(home) and "Keep as it is" not in shown(home)


async def test_home_shows_a_replace_question_waiting_without_either_answer(slack: SlackDriver) -> None:
    told = "A girl in 5B is being sent nasty messages on WhatsApp by older pupils"
    await dm_to_what_happened(slack, told)
    await slack.dm("ok thx lol")  # a few words over the account shown: replace, add or keep?
    await slack.fake.wait_for("chat.postMessage", lambda c: "Replace, add to, or keep" in c.text_and_blocks())
    await slack.event({"type": "app_home_opened", "user": TEACHER, "channel": TEACHER_DM, "tab": "home"})
    [home] = await slack.fake.wait_for("views.publish", for_user(TEACHER))
    assert "report in progress" in shown(home) and "What happened?" in shown(home)
    assert "WhatsApp by older pupils" not in shown(home) and "ok thx lol" not in shown(home)


async def test_a_report_cancelled_and_kept_for_undo_is_not_shown_as_in_progress(slack: SlackDriver) -> None:
    await slack.dm("I need to report a concern")
    await slack.fake.wait_for("chat.postMessage", lambda c: "What kind of concern" in c.text_and_blocks())
    await slack.dm("1")  # an answer, so the cancelled report is kept for Undo
    await slack.fake.wait_for("chat.postMessage", lambda c: "immediate danger" in c.text_and_blocks())
    await slack.dm("cancel")
    await slack.fake.wait_for("chat.postMessage", lambda c: "Report cancelled" in c.args.get("text", ""))
    await slack.event({"type": "app_home_opened", "user": TEACHER, "channel": TEACHER_DM, "tab": "home"})
    [home] = await slack.fake.wait_for("views.publish", for_user(TEACHER))
    assert "report in progress" not in shown(home) and "kept for now" not in shown(home)


async def test_home_gives_a_concerns_time_in_uk_time_with_its_zone_as_the_inbox_and_reports_do(
        slack: SlackDriver) -> None:
    await slack.command("report")
    [opened] = await slack.fake.wait_for("views.open")
    await slack.submit(opened, REPORT)
    await slack.fake.wait_for("chat.postMessage", lambda c: "C-0001" in c.args.get("text", ""))
    async with slack.client.app[RUNTIME].store.transaction() as s:  # reported on a summer afternoon
        (await s.execute(select(Concern))).scalar_one().created_at = datetime(2026, 7, 1, 13, 5, tzinfo=UTC)

    await open_home(slack, HEAD)
    [admin] = await slack.fake.wait_for("views.publish", for_user(HEAD))
    assert "C-0001" in shown(admin) and "2026-07-01 14:05 BST" in shown(admin)


async def test_home_names_another_schools_policy(start_slack: StartSlack) -> None:
    slack = await start_slack(POLICYBOT_POLICY=str(RIVERSIDE))
    await open_home(slack, TEACHER)
    [home] = await slack.fake.wait_for("views.publish", for_user(TEACHER))
    assert "policybot: the Online Safety and Mobile Phone policy and safeguarding concerns" in shown(home)
    assert "*Online Safety and Mobile Phone policy*" in shown(home) and "Social Media" not in shown(home)
