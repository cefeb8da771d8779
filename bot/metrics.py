"""Prometheus metrics the engine and outbox keep; /metrics exposes this registry."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

MESSAGES = Counter("policybot_messages_total", "Messages handled, by platform.", ["platform"], registry=REGISTRY)
DUPLICATES = Counter("policybot_duplicate_deliveries_total", "Re-sent platform events ignored.", ["platform"],
                     registry=REGISTRY)
REJECTED = Counter("policybot_rejected_input_total", "Messages refused (too long, control characters, unknown).",
                   ["reason"], registry=REGISTRY)
QUESTIONS = Counter("policybot_questions_total", "Policy questions, by outcome.", ["outcome"], registry=REGISTRY)
REPORTS_OFFERED = Counter("policybot_reports_offered_total",
                          "Messages that may be reports, answered as questions with the report offered first "
                          "(counted in policybot_questions_total too).",
                          registry=REGISTRY)
CONCERNS = Counter("policybot_concerns_total", "Concerns submitted, by urgency.", ["urgency"], registry=REGISTRY)
OUTBOX_SENT = Counter("policybot_outbox_delivered_total", "Outbox entries delivered.", ["kind"], registry=REGISTRY)
OUTBOX_RETRIES = Counter("policybot_outbox_retries_total",
                         "Failed delivery attempts, by the platform tried (none: nowhere to send it yet).",
                         ["platform"], registry=REGISTRY)
HELD_UP = Counter("policybot_escalations_held_up_total",
                  "Concerns that could not reach the Headteacher's channel and were brought to the admins.",
                  registry=REGISTRY)
QUESTIONS_REFUSED = Counter("policybot_questions_refused_total",
                            "Questions for the Headteacher their channel refused for good: set aside, not retried "
                            "until policybot restarts or an admin sets the channel again.", registry=REGISTRY)
OUTBOX_PENDING = Gauge("policybot_outbox_pending", "Outbox entries waiting to be delivered.", registry=REGISTRY)
TURN_SECONDS = Histogram("policybot_turn_seconds", "Time to handle one message.", registry=REGISTRY,
                         buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5))
