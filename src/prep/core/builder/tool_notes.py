"""What a strong answer knows about the tools, standards and patterns a question names.

A theme's rubric lines are about a kind of work (events, caching, security); a question that names
Kafka, the outbox pattern, PCI DSS or Kubernetes operators also wants the answer to show it knows
that thing. Each note is one line of the facts an interviewer listens for, in prep's own words.
A note is added to the back only when the question names its subject and the theme's lines do
not already mention it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from prep.core.builder.keywords import KeywordIndex


@dataclass(frozen=True, slots=True)
class ToolNote:
    subject: str
    """The words that show the back already talks about it (a regular expression matched as whole words against
    the theme's lines)."""
    pattern: str
    """Where a question names it (a regular expression, case-insensitive)."""
    note: str
    theme: str = ""
    """A theme whose own lines already say this (its card gets no note on it)."""
    broad: bool = False
    """A platform or language that many questions name in passing ("Spark jobs on Kubernetes"): its note comes after
    the notes on the more specific things the question names."""


_RFC_ELSEWHERE = (
    # an RFC numbered as a standard ("RFC 9110", "RFC-7519"), or a Request for Change (ITIL), an SAP Remote Function
    # Call, a Mexican tax ID or an IETF protocol document
    r"(?! ?[-‑]?\d)(?![^.;]*\b(?:change advisory|cab|itil|servicenow|change (?:requests?|management|windows?|"
    r"control|tickets?)|sap|abap|bapis?|idocs?|ietf|compliant|compliance|cfdi|curp|tax)\b)"
)
_NOT_SOFTWARE_ADR = (
    # ADR as average daily rate (hotels, travel), adverse drug reaction, American depositary receipt, alternative
    # dispute resolution, the European dangerous goods rules (drivers' licences) or dubbing (dialogue replacement)
    r"(?![^.;]*\b(?:revpar|occupancy|hotels?|rooms?|pricing|revenue|bookings?|adverse|drugs?|pharmacovigilance|"
    r"medicines?|patients?|depositary|gdrs?|shares|equit(?:y|ies)|dispute|arbitration|mediation|claims?|"
    r"licen[cs]es?|dangerous|hazardous|hazmat|drivers?|dialogue|dubbing|causality|safety|regulators?|"
    r"pharmaco\w*|clinical|reports?|cases?|forms?)\b)"
)

NOTES = (
    # standards and regulation
    ToolNote(
        "pci",
        r"\bpci(?:[- ]dss)?\b(?! passthrough)",
        "PCI DSS (v4.0.1): scope kept small by never touching card numbers (the provider's hosted fields and "
        "tokens), the cardholder-data environment segmented, no CVV stored after authorisation, access logged, "
        "evidence ready for the yearly assessment",
    ),
    ToolNote(
        "gdpr",
        r"\bgdpr\b",
        "GDPR: a lawful basis for each purpose, no more personal data than needed, retention limits, access, "
        "export and erasure on request, processor agreements, and breaches reported within 72 hours",
    ),
    ToolNote(
        "hipaa",
        r"\bhipaa\b",
        "HIPAA: protected health information (PHI) encrypted, access limited to the minimum necessary and "
        "audited, business associate agreements with vendors, and a breach notification plan",
    ),
    ToolNote(
        "soc 2",
        r"\bsoc[- ]?2\b",
        "SOC 2: an auditor's report on controls (access reviews, reviewed changes, monitoring, incident "
        "response); Type II tests them over months, so evidence is gathered all year",
    ),
    ToolNote(
        "clinical safety",
        r"\bdcb[- ]?01(?:29|60)\b|\bclinical safety\b",
        "Clinical safety (in England DCB0129 for the manufacturer, DCB0160 for the deploying organisation): a "
        "clinical risk management process, a hazard log kept current, a safety case report, and a Clinical "
        "Safety Officer (a registered clinician) signing off",
    ),
    ToolNote(
        "hl7",
        r"\bhl7(?: ?v2(?:\.\d+)?)?\b(?! ?fhir)",
        "HL7 v2: segments (MSH, PID, OBX ...) ended by carriage returns, fields split by pipes and components "
        "by carets (the delimiters MSH declares), sent over MLLP and answered with an ACK; every sender has its"
        " own variations and Z-segments, so parsers are lenient and tested against real messages",
    ),
    ToolNote(
        "fhir",
        r"\bfhir\b",
        "FHIR (mostly R4 in practice): resources (Patient, Encounter, Observation ...) over a REST API in JSON,"
        " profiles for local rules, references between resources, and SMART on FHIR (OAuth) for access",
    ),
    ToolNote(
        "integration engine",
        r"\bmirth(?: connect)?\b|\bintegration engines?\b|\brhapsody\b",
        "An integration engine (Rhapsody, or Mirth Connect, commercial only since 4.6, or one of its open "
        "forks): channels that receive, transform and route messages such as HL7 v2, with queues, retries, "
        "alerts on errors, and channels kept in version control",
    ),
    ToolNote(
        "snomed",
        r"\bsnomed(?: ct)?\b",
        "SNOMED CT: concepts with IDs linked by is-a and other relationships, so a query can take a concept and"
        " everything under it; local terms are mapped to concepts, and each release can inactivate some, so "
        "mappings are re-checked",
    ),
    ToolNote(
        "iso 20022",
        r"\biso[- ]?20022\b",
        "ISO 20022: structured XML payment messages (pain.001 to start a transfer, pacs.008 between banks, "
        "camt.053/054 for statements) checked against schemas and usage guidelines (CBPR+, SEPA), with rich "
        "party and remittance data; Swift's MT coexistence for payments ended in November 2025",
    ),
    # messaging and jobs
    ToolNote(
        "dora",
        r"\bdigital operational resilience\b|\bdora\b(?!['’]s (?:four|key|metrics?)\b|[- ](?:metrics?|"
        r"kpis?|measures?|style|four|keys?|research|report|survey|capabilit\w*)\b)"
        r"(?!.{0,60}\b(?:deployment frequency|lead time|change fail\w*|four keys?|time to restore|"
        r"mttr|software delivery)\b)",
        "DORA (the EU Digital Operational Resilience Act, applying since January 2025): board-owned ICT risk "
        "management; major ICT incidents classified and reported fast (first notice 4 hours after classing, "
        "at most 24 after detection); resilience testing, threat-led for the largest firms; a register of ICT "
        "providers, contract terms and exit plans",
    ),
    ToolNote(
        "psd2|strong customer authentication",
        r"\bpsd[23]\b|\bstrong customer authentication\b|\bsca\b(?= (?:flows?|exemptions?|rules?|"
        r"requirements?|challenges?))|"
        r"\bdynamic linking\b|\b3-?d ?secure\b|\b(?:emv ?)?3ds ?2\b",
        "PSD2: strong customer authentication (two of knowledge, possession, inherence), dynamically linked "
        "to amount and payee; exemptions (low value, trusted payees, recurring, risk analysis) that the "
        "payer's bank may refuse; 3-D Secure 2 for cards; account access for licensed third parties via "
        "dedicated APIs, with consent",
    ),
    ToolNote(
        "sepa",
        r"\bsepa\b(?! (?:direct debits?|dd|sdd|core|b2b)\b)|\bsct ?inst\b|\b(?-i:TIPS)\b|\brt1\b|"
        r"\binstant payments regulation\b|"
        r"\bverification of payee\b|\bpacs\.00[248]\b|\bcamt\.056\b",
        "SEPA: SCT arrives by the next business day; SCT Inst in 10 seconds, 24/7, and final, so checks run "
        "first (a camt.056 recall is only a request); ISO 20022 pacs.008 out, pacs.002 back, pacs.004 "
        "returns; TIPS or RT1; euro area: instant priced no higher than standard (January 2025), a free "
        "payee-name check on all credit transfers (October 2025)",
    ),
    ToolNote(
        r"threat[- ]model\w*|stride",
        r"\bthreat[- ‑]model\w*|\b(?-i:STRIDE)\b",
        "Threat modelling: a design review of what could go wrong before it ships. Map data flows and trust "
        "boundaries, walk each part through STRIDE (spoofing, tampering, repudiation, information "
        "disclosure, denial of service, elevation of privilege), give each threat an owned fix or an "
        "accepted risk, and redo it as designs change",
    ),
    ToolNote(
        "kafka",
        r"\bkafka\b",
        "Kafka: the key picks the partition and order holds only within one; producers use acks=all and "
        "idempotence, a consumer group shares the partitions, offsets are committed after processing (so "
        "at-least-once, and consumers deduplicate), retention lets consumers replay; KRaft only since 4.0",
    ),
    ToolNote(
        "rabbitmq",
        r"\brabbit ?mq\b",
        "RabbitMQ: exchanges route to queues, quorum queues for durability, publisher confirms, a message acked"
        " after processing and redelivered if not, prefetch capping work in flight, dead-letter exchanges for "
        "poison messages",
    ),
    ToolNote(
        "sqs",
        r"\bsqs\b",
        "SQS: at-least-once delivery, a visibility timeout longer than the processing, a redrive policy to a "
        "dead-letter queue; FIFO queues keep order within a message group",
    ),
    ToolNote(
        "outbox",
        r"(?<!email )\boutbox\b",
        "The outbox pattern: the event is written to an outbox table in the same transaction as the data, then "
        "a relay (a poller, or change data capture such as Debezium) publishes it; consumers still deduplicate",
    ),
    ToolNote(
        "job queue",
        r"\b(?:job|task|work) queues?\b|\bbackground jobs?\b",
        "Job queues: jobs safe to run twice, retries with backoff and a limit, a dead-letter queue for jobs "
        "that keep failing, and queue depth and the oldest job's age watched",
    ),
    ToolNote(
        "celery",
        r"\bcelery\b",
        "Celery: idempotent tasks with acks_late and task_reject_on_worker_lost, so a crash means a retry, not "
        "a loss; the broker's visibility timeout (Redis, SQS) or RabbitMQ's consumer_timeout longer than any "
        "task, retries with backoff, time limits, IDs rather than large objects as arguments",
    ),
    ToolNote(
        "reconcil\\w*",
        r"(?<!react )\breconciliation\b(?! loops?\b)|\breconcil\w* (?:the |our |two )?(?:payments?|transactions?|"
        r"accounts?|ledgers?|balances?|statements?|records?|invoices?|payouts?|settlements?|books)\b",
        "Reconciliation: internal records matched to the external statement by a stable reference, amount, currency "
        "and date window; each break classified (missing, duplicate, amount or timing mismatch), aged and owned until "
        "cleared; reruns idempotent; the ledger corrected with new adjusting entries, never edited to match",
    ),
    ToolNote(
        "time zones?|daylight[- ]savings?|dst",
        r"(?<!across )(?<!across different )(?<!across multiple )\btime ?zones?\b"
        r"(?!.{0,40}\b(?:teams?|teammates|colleagues|co-?workers|collaborat\w*|communicat\w*|"
        r"stakeholders|remote\w*|async\w*|working hours)\b)|"
        r"\bdaylight[- ]savings?\b|(?<!/)\b(?-i:DST)\b(?!/| (?:ports?|ips?|address\w*|mac|nat)\b)|"
        r"\btz ?data(?:base)?\b|\bzoneinfo\b|"
        r"\btimestamptz\b|\brecurring (?:events?|rules?|appointments?|bookings?|meetings?)\b|"
        r"\brrules?\b|\bicalendar\b|\brfc 5545\b",
        "Time: instants in UTC, but future and recurring events as local time plus an IANA zone ID (not an "
        "offset), as rules change; DST makes some local times missing or doubled, so set a rule for each "
        "(shift forward; take the earlier); recurrence expanded in the event's own zone; tz data kept "
        "current; tests across transitions and month ends",
    ),
    ToolNote(
        "temporal|durable (?:workflows?|execution)",
        r"\btemporal\.io\b|\btemporal (?:workflows?|activities|cloud|server|workers?|sdks?)\b|"
        r"\b(?-i:Temporal)\b(?!\.\w| (?:api|locality|data|tables?|quer(?:y|ies)|consistency|"
        r"coupling|joins?|validity|dimensions?|and spatial|logic|patterns?|difference)\b)|"
        r"\bdurable (?:workflows?|execution|functions)\b|\bstep functions\b|\bcadence workflows?\b",
        "Durable workflows (Temporal, AWS Step Functions): progress persisted (Temporal replays an event "
        "history), so a crash resumes, not restarts; side effects in idempotent activities, retried with "
        "timeouts; workflow code deterministic (SDK time, timers, randomness; no direct I/O) and versioned "
        "for runs in flight; compensations to undo steps",
    ),
    ToolNote(
        "avro",
        r"\bavro\b|\bschema registry\b",
        "Avro with a schema registry: every schema version registered and checked for compatibility (backward, "
        "so consumers can upgrade first), new fields with defaults, nothing renamed, retyped or reused",
    ),
    ToolNote(
        "saga",
        r"(?<!redux-)(?<!redux )\bsagas?\b",
        "Sagas: a business transaction split into local transactions, each with a compensating action that "
        "undoes it in business terms, run by a central orchestrator or choreographed through events; every step"
        " idempotent, the saga's state stored, and no isolation, so other work can see the steps in between",
    ),
    ToolNote(
        "sidekiq",
        r"\bsidekiq\b",
        "Sidekiq: Redis-backed jobs retried with backoff by default, so every job must be idempotent and take "
        "IDs, not whole records; in-flight jobs are lost on a crash unless Pro's super_fetch is used",
    ),
    # infrastructure
    ToolNote(
        r"half-open|retry budgets?",
        r"(?<!market )(?<!market-wide )(?<!trading )(?<!stock )\bcircuit[- ]break(?:ers?|ing)\b(?! (?:panels?|"
        r"box(?:es)?|trip\w*)\b)(?![^.?!]*\b(?:halt\w*|limit[- ]up|limit[- ]down|stock markets?|s&p|"
        r"electric\w*|wiring|amps?|volts?)\b)|\bback-?off\b|\bbulkheads?\b|\bresilience4j\b|\bhystrix\b|"
        r"(?<!amazon )(?<!aws )\bpolly\b(?![^.?!]*\b(?:speech|voices?|tts|text-to-speech)\b)|"
        r"\bretry (?:storms?|budgets?)\b|\bresilience patterns?\b|\btimeouts?,? (?:and )?retr(?:y|ies)\b|"
        r"\bretr(?:y|ies),? (?:and )?timeouts?\b",
        "Resilience: a timeout on every call, set from the dependency's p99 and within the caller's own "
        "deadline (passed along); retries only for idempotent calls and transient errors, few, with "
        "exponential backoff, jitter and a retry budget, at one layer; a circuit breaker that fails fast, "
        "then tests recovery half-open; a bulkhead per dependency",
    ),
    ToolNote(
        r"poison messages?|redrive",
        r"\bdead[- ]?letter\w*(?! offices?)|\bdlqs?\b|\bpoison(?:ed)? (?:messages?|events?|records?)\b|"
        r"\bpoison[- ]pills?\b(?=[^.?!]*\b(?:messages?|kafka|records?|events?|topics?|queues?)\b)|"
        r"\bredriv\w*(?![^.?!]*\bstep functions?\b)",
        "Dead-letter queues: a message parked after a few failed attempts (counted by the broker), with its "
        "error, attempts and source kept; permanent failures (a bad schema) sent there at once, transient "
        "ones retried with backoff first; in Kafka a poison message blocks its partition, hence a DLQ topic; "
        "DLQ depth alerted on; a redrive tool",
    ),
    ToolNote(
        r"event sourc\w*|cqrs",
        r"\bevent[- ]?sourc(?:ing|ed)\b|\bcqrs\b|\bcommand[- ]query (?:responsibility )?(?:segregation|"
        r"separation)\b|\beventstore(?:db)?\b|\bkurrent ?db\b|\baxon (?:framework|server)\b",
        "Event sourcing: an append-only stream of events per aggregate, state rebuilt by replay (snapshots "
        "for long streams), appends checked against the expected version; events never change, so they are "
        "versioned and upcast, personal data crypto-shredded; CQRS (usable without it) reads from "
        "projections that lag and are idempotent and rebuildable",
    ),
    ToolNote(
        r"change data capture",
        r"\bchange data capture\b|(?<!usb )\bcdc\b(?<!crossing \(cdc)(?! (?:guidelines?|recommendations?|"
        r"reports?|data on|wonder|acm)\b)(?![^.?!]*\b(?:disease|public health|vaccin\w*|epidemiolog\w*|"
        r"infection\w*|outbreaks?|fpgas?|rtl|verilog|vhdl|asics?|clock domains?|metastab\w*|usb)\b)|"
        r"\bdebezium\b|\blogical decoding\b|\blogical replication\b(?=[^.?!]*\b(?:kafka|debezium|events?|"
        r"stream\w*|warehouses?|consumers?|slots?|cdc|search)\b)|\bbinlog (?:streaming|readers?|consumers?|"
        r"cdc|parsing)\b|\bwal2json\b|\bpgoutput\b|\breplication slots?\b",
        "Change data capture (Debezium, logical replication): row changes from the log (PostgreSQL WAL, "
        "MySQL binlog) in commit order, after a snapshot; at least once, keyed by primary key, deletes then "
        "tombstones; a PostgreSQL slot holds WAL while its reader is down (lag alerted, "
        "max_slot_wal_keep_size set), lost on failover unless synced (17+)",
    ),
    ToolNote(
        "microservices?",
        r"\bmicro-?services?\b|\b(?:modular|distributed) monoliths?\b|\bmonolith(?:ic \w+)? (?:to|into|vs\.?|v"
        r"ersus|or) (?:micro-?services?|(?:smaller |separate )?services)\b|\b(?:break\w*|split\w*|carv\w*|deco"
        r"mpos\w*|extract\w* from|migrat\w* (?:off|from)|mov\w* (?:off|from)) (?:up )?(?:(?:a|an|the|our|your|"
        r"their|this|that|legacy|ageing|aging|old|large|existing|big|[\w-]+-year-old) ){0,3}monolith(?:ic)?\b",
        "Microservices: independently deployable services, each owning one business capability and its data, "
        "talking over APIs or events; team autonomy and separate scaling, paid for in network failures, "
        "cross-service consistency (sagas, outbox) and harder debugging (tracing); a modular monolith until "
        "teams or scale force the split",
        broad=True,
    ),
    ToolNote(
        "nats",
        r"(?<!air traffic )\b(?-i:NATS)\b(?![^.?!]*\b(?:air traffic|aviation|airspace|atc|flights?)\b)|\bnats("
        r"?:\.io| jetstream| server)\b|(?<!laravel )\bjetstream\b(?![^.?!]*\b(?:laravel|livewire|inertia|breez"
        r"e|fortify)\b)(?=[^.?!]*\b(?:streams?|consumers?|messag\w*|subjects?|events?|queues?|kv)\b)",
        "NATS: a lightweight messaging system with subject-based pub/sub, request-reply and queue groups; "
        "core NATS is at-most-once (no subscriber, no message), so durable work goes through JetStream "
        "streams with acked consumers, redelivery and dedup by message ID; subjects are hierarchical "
        "(orders.eu.created) for wildcards",
    ),
    ToolNote(
        "kinesis",
        r"\b(?:amazon |aws )?kinesis\b(?! (?:data )?firehose\b| video streams?\b)",
        "Kinesis Data Streams: AWS's managed log of shards, the partition key picking the shard and order "
        "kept within one; a shard takes 1 MB/s or 1,000 records/s in, so hot keys throttle; on-demand or "
        "provisioned, retention 24 hours by default (up to 365 days); KCL checkpoints in DynamoDB; "
        "at-least-once, so consumers deduplicate",
    ),
    ToolNote(
        "(?:google |cloud )pub/sub",
        r"\b(?:google(?: cloud)?|gcp) pub ?/? ?sub\b|\b(?-i:Cloud Pub ?/? ?Sub)\b|\b(?:gcp|google cloud)\b[^.?"
        r"!]{0,60}\bpub ?/? ?sub\b|\bpub ?/? ?sub\b(?=[^.?!]{0,60}\b(?:gcp|google)\b)",
        "Google Cloud Pub/Sub: managed topics fanned out to subscriptions, pulled or pushed; at-least-once, "
        "so handlers are idempotent and ack within the deadline (client libraries extend it); ordering keys "
        "for order per key, exactly-once as a pull-subscription option, dead-letter topics after set "
        "attempts, seek to replay",
    ),
    ToolNote(
        "terraform",
        r"\bterraform\b|\bopentofu\b",
        "Terraform (or OpenTofu): remote state with locking, a plan reviewed before every apply, small "
        "versioned modules with pinned providers, and drift caught by a scheduled plan",
        "infrastructure",
    ),
    ToolNote(
        "ecs",
        r"\b(?:aws|amazon) ecs\b|\belastic container service\b|\becs\b(?![- ](?:architecture|pattern|systems?|"
        r"framework|world)\b)(?![^.?!]*\b(?:entit(?:y|ies)|components?|game|unity|bevy)\b)|\bfargate\b",
        "ECS: a new task definition revision per release, services behind a load balancer with health checks, "
        "rolling deploys with the circuit breaker or blue/green that roll back on failed checks, a task role "
        "for the app's AWS access (separate from the execution role), Fargate to avoid managing hosts",
    ),
    ToolNote(
        "cdk",
        r"(?<!angular )\bcdk\b(?! for terraform)",
        "AWS CDK: infrastructure in TypeScript, Python or another language, synthesised to CloudFormation, "
        "which holds the state; cdk diff before every deploy, construct IDs kept stable (renaming one replaces "
        "the resource), stateful resources set to RETAIN, small stacks",
    ),
    ToolNote(
        "pulumi",
        r"\bpulumi\b",
        "Pulumi: infrastructure in a general-purpose language with state in a backend, as with Terraform; a "
        "preview before every update, a stack per environment, secrets encrypted in config",
    ),
    ToolNote(
        "ansible",
        r"\bansible\b",
        "Ansible: agentless playbooks over SSH, modules rather than shell commands so a second run changes "
        "nothing, --check --diff before applying, an inventory per environment, secrets in ansible-vault or "
        "HashiCorp Vault",
    ),
    ToolNote(
        "helm",
        r"(?<!the )\bhelm\b",
        "Helm: charts template the manifests with values per environment; releases are versioned so a rollback "
        "is one command, though it undoes neither data migrations nor CRDs (installed once, never upgraded); "
        "charts linted and rendered in CI",
    ),
    ToolNote(
        "gitops",
        r"\bgitops\b|\bargo ?cd\b|\bflux ?cd\b",
        "GitOps (Argo CD, Flux): the cluster's desired state lives in Git and a controller pulls and syncs it, "
        "so every change is reviewed and drift is detected and reverted; secrets never in Git in plain text "
        "(SOPS, Sealed Secrets, External Secrets)",
    ),
    ToolNote(
        "operator",
        r"\bkubernetes operators?\b|\boperator pattern\b|\bcustom resource definitions?\b|"
        r"\bkubernetes custom resources?\b",
        "Kubernetes operators: a custom resource defined by a CRD, and a controller whose level-triggered "
        "reconcile loop moves the actual state towards the desired one, idempotently, with owner references and"
        " finalizers for cleanup and status written back (controller-runtime, Kubebuilder)",
    ),
    ToolNote(
        "service mesh",
        r"\bservice mesh\b|\bistio\b|\blinkerd\b",
        "A service mesh (Istio, Linkerd): sidecar or node proxies (Istio's ambient mode) give mutual TLS, "
        "retries, timeouts, traffic splitting and uniform metrics without code changes, paid for in latency, "
        "resources and one more system to run",
    ),
    ToolNote(
        "region",
        r"\b(?:multi|multiple|several|two|three|four) regions?\b|\bmulti-?region\b|\bcross-?regions?\b|"
        r"\bacross (?:cloud |aws |gcp |azure )?regions\b",
        "Multi-region: active-passive or active-active chosen from the RPO and RTO targets, which region owns "
        "each write and how data replicates (asynchronous means the last writes can be lost in a failover), "
        "traffic moved by health checks, failover rehearsed, and the cost of running everything twice",
    ),
    ToolNote(
        "nginx",
        r"\bnginx\b",
        "Nginx: a reverse proxy and load balancer that terminates TLS, with timeouts and buffering per "
        "upstream, limit_req for rate limiting, and config tested before reload; on Kubernetes the community "
        "ingress-nginx is retired (March 2026), so Gateway API or another controller",
    ),
    ToolNote(
        "apm",
        r"\bdatadog\b|\bnew ?relic\b|\bdynatrace\b|\bapm\b",
        "APM tools (Datadog, New Relic, Dynatrace): instrumentation through OpenTelemetry where possible so the "
        "vendor can be changed, traces, metrics and logs tagged the same way (service, env, version), traces "
        "sampled and tag and custom-metric cardinality kept down because both drive the bill, and monitors "
        "on user-facing symptoms that link to a runbook",
    ),
    ToolNote(
        "load tests?|load testing",
        r"\bk6\b|\bgatling\b|\blocust\b|\bjmeter\b|\b(?:load|stress|soak|spike|performance)[- ]test\w*",
        "Load tests: an open model (a fixed arrival rate: k6's arrival-rate executors, Gatling's open injection) for "
        "public traffic, since a closed one (fixed users, as in Locust) slows down with the system and hides "
        "queueing; realistic data and request mixes on a production-like environment; p99 latency, errors and "
        "saturation watched up to the breaking point",
    ),
    ToolNote(
        "prometheus",
        r"\bprometheus\b",
        "Prometheus: it scrapes metrics from targets; labels kept low in cardinality, rate() over counters, "
        "histograms for latency percentiles, alerts on symptoms through Alertmanager",
    ),
    ToolNote(
        "ebpf",
        r"\bebpf\b",
        "eBPF: small verified programs run inside the kernel on hooks (kprobes, tracepoints, XDP) for tracing, "
        "networking and security at low overhead, sharing data with user space through maps; CO-RE lets one "
        "build run on many kernels; bpftrace for ad-hoc tracing",
    ),
    ToolNote(
        "waf",
        r"\bcloud armor\b|(?<!framework \()\bwafs?\b|\bweb application firewalls?\b",
        "A WAF (Cloud Armor, AWS WAF): managed rules at the edge against common attacks (OWASP), rate limits "
        "and IP or country blocks, tried in preview or count mode before they block real users",
    ),
    ToolNote(
        "vpc",
        r"\bvpcs?\b",
        "Cloud networks: a VPC per environment with non-overlapping address ranges, private subnets for data "
        "stores, firewall rules or security groups that deny by default, egress through NAT, private endpoints "
        "instead of public IPs",
    ),
    # data stores
    ToolNote(
        r"flag debt|openfeature",
        r"(?<!cargo )(?<!compiler )(?<!chrome )\bfeature[- ](?:flag\w*|toggl\w*|"
        r"switch(?:es)?)\b(?![^.?!]*\b(?:cargo|crates?|compil\w*|gcc|clang|chrome://flags)\b)|"
        r"\blaunch ?darkly\b|\bopenfeature\b|\bflagsmith\b|\bgrowthbook\b|\bstatsig\b|\bdark launch\w*|"
        r"(?<!vpn )\bkill[- ]switch(?:es)?\b(?![^.?!]*\bvpns?\b)",
        "Feature flags: server SDKs evaluate cached rules in process (LaunchDarkly, Unleash; OpenFeature as "
        "the vendor-neutral API), browsers get values evaluated for them; a safe default if the service is "
        "down; rollouts sticky per user; changes audited; release flags deleted once fully on (flag debt), "
        "kill switches kept; both paths tested",
    ),
    ToolNote(
        r"blue-green",
        r"(?<!stack )(?<!stack-smashing )(?<!chrome )(?<!synthetics )\bcanar(?:y|ies)\b(?! (?:tokens?|files?|"
        r"values?|words?|birds?|islands?|wharf)\b| in (?:a|the) coal)(?![^.?!]*\b(?:synthetics|"
        r"buffer overflows?|stack smashing)\b)|\bblue[- /]?green\b(?! algae)|\bred[- /]black (?:deploy\w*|"
        r"releases?)\b|\bprogressive (?:delivery|rollouts?)\b|\bargo rollouts\b|\bflagger\b|"
        r"\btraffic shifting\b",
        "Canary and blue-green releases: a canary gets a small share of traffic and is compared with the "
        "current version on errors and latency, promoted in steps or rolled back automatically (Argo "
        "Rollouts, Flagger); blue-green switches all traffic to a warm copy and back; both need database and "
        "message changes that both versions accept",
    ),
    ToolNote(
        r"github actions",
        r"\bgithub actions?\b|\bgithub workflows?\b|\bgithub-hosted runners?\b|\bpull_request_target\b|"
        r"\bgithub_token\b|\breusable workflows?\b|\bgithub/workflows\b",
        "GitHub Actions: third-party actions pinned to a full commit SHA (tags can be moved, as in the 2025 "
        "tj-actions attack); GITHUB_TOKEN with least permissions; OIDC to the cloud, not stored keys; "
        "untrusted input (PR titles) kept out of run scripts, PR code out of pull_request_target; caches "
        "keyed on lockfiles; environments gate deploys",
    ),
    ToolNote(
        r"otlp|traceparent",
        r"\bopen ?telemetry\b|\botel\b|\botlp\b|\b(?:distributed|request|cross-service) tracing\b|"
        r"\bend-to-end tracing\b(?=[^.?!]*\b(?:services?|microservices?|requests?|spans?|apis?)\b)|"
        r"(?<!contact )(?<!ray )(?<!path )\btracing\b(?=[^.?!]*\b(?:microservices?|spans?)\b)|"
        r"\btrace (?:context|propagation)\b|\btrace[- ]?ids?\b|\btraceparent\b|\bjaeger\b|\bzipkin\b|"
        r"\bgrafana tempo\b|\b(?:aws )?x-ray\b(?= traces?| tracing| sdk| daemon)",
        "OpenTelemetry: vendor-neutral APIs, SDKs, auto-instrumentation; W3C traceparent carries context "
        "between services and, in message headers, through queues; span names, attributes per semantic "
        "conventions; OTLP to a Collector that batches, samples (tail sampling keeps errors and slow traces, "
        "if a trace's spans reach one Collector), exports",
    ),
    ToolNote(
        r"grafana|loki",
        r"\bgrafana\b|\bloki\b|\blogql\b",
        "Grafana: dashboards over Prometheus (or Mimir), Loki and Tempo, kept as code (provisioning, "
        "Terraform); Loki indexes labels, not log text, so labels stay few and low in cardinality (no user "
        "or request IDs; those go in the line or structured metadata), and LogQL picks streams by label, "
        "then filters; trace IDs in logs link to traces",
    ),
    ToolNote(
        r"cdns?",
        r"\bcdns?\b|\bcontent delivery networks?\b|\bedge cach\w*|\bcloudfront\b|\bfastly\b|\bakamai\b|"
        r"(?<!cpu )\bcache[- ]control\b(?![^.?!]*\b(?:cpu|embedded|firmware|registers?)\b)|"
        r"\bcloudflare (?:cdn|cach\w*|cache rules)\b|\bsurrogate keys?\b(?= (?:purg\w*|headers?))|"
        r"\bcache purg\w*",
        "CDN caching: Cache-Control decides what the edge keeps (s-maxage, stale-while-revalidate; private "
        "or no-store for per-user data); a cache key free of needless query strings, cookies and Vary "
        "headers; hashed file names for assets, purges by tag or URL for the rest; origin shielding; hit "
        "ratio and origin load watched",
    ),
    ToolNote(
        r"s3|presigned urls?",
        r"\b(?:amazon |aws )?s3\b(?! (?:sleep|state|standby|suspend|class(?:es)?|methods?|generics?|"
        r"dispatch)\b)(?![^.?!]*\b(?:s4|r5|in r|acpi)\b)|(?<!indexeddb )\bobject (?:storage|"
        r"stores?)\b(?![^.?!]*\bindexed ?db\b)|\bblob (?:storage|stores?)\b|\bazure blobs?\b|"
        r"\bgoogle cloud storage\b|\bgcs buckets?\b|\bminio\b|\bcloudflare r2\b|\br2 (?:buckets?|storage)\b|"
        r"\bpre-?signed urls?\b",
        "Object storage (S3, GCS, Azure Blob): whole objects by key, strongly consistent (S3 since 2020), "
        "conditional writes for safe overwrites; multipart uploads for large files; presigned URLs so "
        "clients upload and download directly; public access blocked (S3's default); versioning, lifecycle "
        "rules to colder tiers and expiry; events to a queue",
    ),
    ToolNote(
        r"lambda",
        r"\baws lambdas?\b|\b(?-i:Lambda)s?\b(?! (?:expressions?|calculus|architectures?|labs?|cloud|stack|"
        r"school|functions? in (?:python|java|c#|kotlin|c\+\+|javascript))\b)(?![^.?!]*\b(?:python|java|"
        r"kotlin|c#|c\+\+|javascript|typescript|haskell|lisp|scheme|closures?|anonymous|calculus|linq|"
        r"gpus?)\b)|\b(?-i:Lambda)s?\b(?! (?:expressions?|calculus|architectures?|labs?|"
        r"cloud)\b)(?=[^.?!]*\b(?:aws|sqs|s3|api gateway|dynamodb|sns|eventbridge|kinesis|serverless|"
        r"cold starts?|layers?|timeouts?|concurrency|invocations?|triggers?|deploy\w*|packag\w*|"
        r"step functions)\b)|\blambda (?:functions?|handlers?)\b(?=[^.?!]*\b(?:aws|sqs|s3|api gateway|"
        r"dynamodb|sns|eventbridge|kinesis|serverless|cold starts?|layers?|timeouts?|concurrency|invocations?|"
        r"triggers?|deploy\w*|packag\w*|step functions)\b)|\b(?:sqs|sns|kinesis|dynamodb|eventbridge|"
        r"api gateway)\b[^.?!]*\blambda (?:functions?|handlers?)\b|\bserverless (?:functions?|computing|"
        r"architectures?|backends?|apis?|apps?|applications?|framework|workloads?)\b(?![^.?!]*\b(?:azure|gcp|"
        r"google|cloudflare|vercel|netlify)\b)|\b(?:deploy\w*|packag\w*|invok\w*|trigger\w*) (?:(?:a|an|the|"
        r"our|your|my|new|each) )?(?-i:Lambda)s?\b|\bfunctions?[- ]as[- ]a[- ]service\b|\bfaas\b",
        "AWS Lambda: cold starts (init billed since August 2025) cut by small packages, provisioned "
        "concurrency or SnapStart; at most 15 minutes a call, CPU set by memory; concurrency per account and "
        "region, so reserved per function, RDS Proxy before a database; async and queue events retried, so "
        "idempotent handlers, partial batch failures, a DLQ",
    ),
    ToolNote(
        "docker",
        r"\bdocker(?:files?)?\b|\bdocker-?compose\b|\bdockeri[sz](?:e|es|ed|ing)\b|\bpodman\b|\bcontaineri[sz]"
        r"(?:e|es|ed|ing|ation)\b(?![^.?!]*\b(?:freight|cargo|shipments?|vessels?|maritime)\b)|\bcontainer ima"
        r"ges?\b",
        "Docker: an image packs an app and its dependencies in cached layers, and a container runs it as an "
        "isolated process on the host's kernel (namespaces, cgroups), not a VM; dependency layers before the "
        "source, multi-stage builds, a non-root user, deploys by digest or immutable tag (never latest), PID "
        "1 handling SIGTERM",
        broad=True,
    ),
    ToolNote(
        "kubernetes|k8s",
        r"\bkubernetes\b(?! (?:operators?|custom resources?)\b)|\bk8s\b|\bkubectl\b|\b(?:eks|gke|aks)\b|\b(?:r"
        r"eadiness|liveness|startup) probes?\b|\bpod disruption budgets?\b",
        "Kubernetes: controllers keep the cluster as declared; pods (containers sharing a network) come from "
        "Deployments that roll out versions, Services give a stable name; readiness decides if a pod gets "
        "traffic, liveness restarts it (never checks dependencies); requests drive scheduling, memory limits "
        "OOM-kill, CPU limits throttle",
        broad=True,
    ),
    ToolNote(
        "aws",
        r"\baws\b(?! (?:lambdas?|s3|sqs|ecs|cdk|fargate|dynamo ?db|kinesis|waf|x-ray|step functions|secrets ma"
        r"nager)\b)|\bamazon web services\b",
        "AWS: Amazon's cloud, in regions that fail independently, each with several availability zones "
        "(separate data centres), so production spans at least two zones; IAM roles hand out short-lived "
        "credentials, not stored access keys, with least privilege; an account per environment "
        "(Organizations); EC2, S3, RDS, Lambda, VPC at the core",
        broad=True,
    ),
    ToolNote(
        "google cloud|gcp",
        r"\bgoogle cloud(?: platform)?\b(?! (?:storage|pub ?/? ?sub|armor)\b)|\bgcp\b(?! (?:pub ?/? ?sub|stora"
        r"ge)\b)",
        "Google Cloud (GCP): projects in folders under an organisation; IAM roles granted on a folder apply "
        "to every project below, so grant at the lowest level; workloads act as service accounts (Workload "
        "Identity Federation), never with downloaded keys; VPC networks global, subnets regional; Cloud Run, "
        "GKE, Cloud SQL, BigQuery, Pub/Sub",
        broad=True,
    ),
    ToolNote(
        "azure",
        r"\bazure\b(?! (?:blobs?|blob storage|key vault|devops|pipelines|boards|repos)\b)",
        "Azure: Microsoft's cloud; subscriptions and resource groups under management groups, identities in "
        "Entra ID (formerly Azure AD), managed identities so apps hold no secrets, RBAC at the narrowest "
        "scope; App Service, AKS, Functions, Azure SQL, Cosmos DB, Service Bus and Key Vault, deployed with "
        "Bicep or Terraform",
        broad=True,
    ),
    ToolNote(
        "git",
        r"\bgit\b(?!\.\w)",
        "Git: distributed version control; each commit a snapshot pointing to its parents, a branch a "
        "movable pointer; merge keeps history, rebase rewrites it into a line (never a branch others have "
        "pulled; --force-with-lease to push), git bisect finds the commit that broke something, a pushed "
        "secret stays in history, so rotate it",
        broad=True,
    ),
    ToolNote(
        "linux",
        r"\blinux\b(?! foundation\b)|\bsystemd\b",
        "Linux: the kernel most servers run, and containers are just its processes in namespaces and "
        "cgroups; load average counts tasks waiting on disk as well as CPU, low free memory is mostly page "
        'cache (read available), "too many open files" is the descriptor limit (ulimit), and the OOM killer '
        "picks its victim by oom_score",
        broad=True,
    ),
    ToolNote(
        "ci/cd|continuous (?:integration|delivery|deployment)",
        r"\bci ?(?:/|&|-|\+|and)? ?cd\b|\bcontinuous (?:integration|delivery|deployment)\b|\b(?:ci|cd) pipelin"
        r"es?\b|(?<!data )\b(?:deployment|delivery|release) pipelines?\b|\b(?:build|deploy) pipelines?\b(?![^."
        r"?!]*\b(?:data|etl|elt|ingest\w*|warehouses?|lakehouses?|airflow|dagster|dbt|spark|kafka|streaming|an"
        r"alytics)\b)|\bgitlab[- ]ci\b|\bcircle ?ci\b|\bbuildkite\b|\bazure (?:pipelines|devops)\b|\bteamcity"
        r"\b|\b(?-i:CI)\b(?= (?:builds?|jobs?|runs?|systems?|servers?|times?|failures?|config\w*|tooling|platf"
        r"orms?)\b)",
        "CI/CD: continuous integration merges small changes to main often, each built and tested "
        "automatically; continuous delivery keeps main releasable and deploys only through the pipeline "
        "(continuous deployment ships every green build); one artifact built once and promoted through "
        "environments, cloud access by OIDC, not stored keys",
        theme="ci-cd",
        broad=True,
    ),
    ToolNote(
        "opa|rego|policy[- ]as[- ]code|kyverno|gatekeeper",
        r"\bopen policy agent\b|\b(?-i:OPA)\b|(?<!car )\brego\b(?! (?:paid|included|covered)\b)|\bkyverno\b|\b"
        r"conftest\b|\bpolicy[- ]as[- ]code\b|\bgatekeeper\b(?=[^.?!]*\b(?:kubernetes|k8s|admission|constraint"
        r" ?templates?|rego|opa|clusters?)\b)",
        "Policy as code (OPA with Rego, Kyverno): rules such as no privileged pods or every bucket encrypted "
        "kept in version control, unit-tested, and enforced by machines: at Kubernetes admission "
        "(Gatekeeper, Kyverno), on Terraform plans in CI, or by services asking OPA; run in audit mode "
        "before deny, exceptions tracked",
    ),
    ToolNote(
        "vault|secrets? management",
        r"\bhashicorp vault\b|\bopenbao\b|(?<!ansible-)(?<!bank )(?<!data )(?<!veeva )(?<!autodesk )\b(?-i:Vau"
        r"lt)\b(?! (?:of|doors?)\b)|(?<!ansible-)(?<!bank )(?<!data )\bvault\b(?=[^.?!]*\b(?:consul|terraform|"
        r"secrets?|kubernetes|k8s|nomad|pki|kms|credentials)\b)|\bsecrets? (?:management|managers?|rotation|st"
        r"ores?)\b|\bkey ?vault\b",
        "Secrets management (HashiCorp Vault, its open-source fork OpenBao, cloud secrets managers): secrets "
        "kept out of code, images and env files, fetched at runtime by a workload proving its platform "
        "identity (Kubernetes, IAM); short-lived dynamic credentials, rotation automated, every read "
        "audited; Vault auto-unsealed by a KMS",
    ),
    ToolNote(
        r"sentry|error track\w*",
        r"(?<!apache )\bsentry\b(?! (?:mode|guards?|duty|towers?|posts?)\b)|\berror (?:tracking|trackers?)\b|"
        r"\brollbar\b|\bbugsnag\b|\bcrash reporting\b",
        "Sentry (or another error tracker): unhandled exceptions captured with stack traces, breadcrumbs and "
        "release and environment tags; source maps or debug symbols uploaded per release, events grouped "
        "into issues with alerts on new or regressed ones, personal data scrubbed before sending, sampling "
        "to fit the quota",
    ),
    ToolNote(
        "jenkins",
        r"\bjenkins(?:files?)?\b",
        "Jenkins: a self-hosted automation server; pipelines as code in a Jenkinsfile (declarative, shared "
        "libraries for common steps), builds on ephemeral agents, never the controller; plugins kept few and "
        "current, as most of its security advisories are in them; credentials from its store or Vault, "
        "scoped and masked in logs",
    ),
    ToolNote(
        "mtls|mutual tls",
        r"\bmtls\b|\bmutual(?:ly authenticated)? (?:tls|ssl)\b|\btwo-way (?:tls|ssl)\b|\bclient (?:certificate"
        r"s?|certs?)\b(?! of\b)",
        "mTLS (mutual TLS): both sides present X.509 certificates, so the server also knows which service is "
        "calling; certificates short-lived and rotated automatically from a private CA (cert-manager, "
        "SPIFFE/SPIRE, a service mesh), the identity in the SAN still authorised; a proxy that terminates "
        "TLS ends it there",
    ),
    ToolNote(
        r"design doc(?:ument)?s?|rfcs?",
        r"(?<!game )(?<!level )\bdesign (?:docs?|documents?|proposals?)\b|"
        r"\b(?:technical|engineering|internal|architecture|architectural|written|design) rfcs?\b"
        + _RFC_ELSEWHERE
        + r"|\brfcs?(?: documents?| process(?:es)?| reviews?| templates?|-style)\b"
        + _RFC_ELSEWHERE
        + r"|\b(?:writ(?:e|es|ing|ten)|wrote|author\w*|draft\w*|review\w*|lead(?:s|ing)?|led|driv(?:e|es|ing)|"
        r"propos\w*|publish\w*|shar(?:e|es|ing)|contribut\w*)(?: [\w'’-]+,?){0,3}? rfcs?\b"
        + _RFC_ELSEWHERE
        + r"|(?<!product )\btech specs?\b(?! sheets?\b)",
        "A design doc or RFC: a short written proposal reviewed before building. It states the problem, goals and "
        "non-goals, the options with their costs and benefits (doing nothing too), and the chosen design's risks, "
        "rollout and success measure; affected teams comment by a set date, then a named person decides and the "
        "doc records why",
    ),
    ToolNote(
        r"architect(?:ure|ural) decision records?|adrs?",
        r"\b(?:architect(?:ure|ural)|technical|engineering) decision (?:records?|logs?)\b|"
        r"\b(?-i:ADRs?)\b(?=[^.;]{0,80}?\b(?:architect\w*|design\w*|rfcs?|repos?|repository|codebase|code|"
        r"engineering|technical|tech|decisions?|docs?|documentation|markdown)\b)"
        + _NOT_SOFTWARE_ADR
        + r"|(?<!pricing )(?<!revenue )\b(?:architect\w*|design\w*|rfcs?|decisions?|technical|engineering)\b"
        + _NOT_SOFTWARE_ADR
        + r"[^.;]{0,60}?\b(?-i:ADRs?)\b|"
        r"\b(?:writ(?:e|es|ing|ten)|wrote|author\w*|draft\w*) (?:an |the |our |new |short |clear )?(?-i:ADRs?)\b"
        + _NOT_SOFTWARE_ADR
        + r"|\b(?:keep\w*|maintain\w*|updat\w*|review\w*) (?:the |our |your )?(?-i:ADRs)\b"
        + _NOT_SOFTWARE_ADR,
        "An architecture decision record (ADR): one short, numbered file for each decision that is costly to "
        "reverse, with its context, the options considered, the decision and its consequences, and a status "
        "(proposed, accepted, superseded); kept in the repository beside the code, and superseded by a later ADR "
        "rather than rewritten",
    ),
    ToolNote(
        r"burn[- ]rates?",
        r"(?<!cash )(?<!cost )(?<!spend )\bburn[- ]rate (?:alert\w*|alarms?|pag\w*)\b"
        r"(?![^.;]*\b(?:cash|runway|(?:cloud|aws|azure|gcp|infra\w*|marketing|ad) spend|costs?|financ\w*|"
        r"fundrais\w*|capital|invoices?)\b)|"
        r"\b(?:error[- ]budgets?|slos?|slis?) burn\w*|\b(?:fast|slow)[- ]burn (?:alert\w*|rates?|windows?)\b|"
        r"\bmulti-?window(?:,? multi-?burn[- ]rate| (?:burn|alert|slo))\w*|"
        r"\b(?:slos?|error budgets?)\b[^.;]{0,50}?\bburn[- ]rates?\b|"
        r"\bburn[- ]rates?\b(?=[^.;]{0,50}?\b(?:slos?|error budgets?)\b)",
        "Burn-rate alerts: the burn rate is how fast the error budget is spent, 1x using it up exactly over the "
        "SLO window. Page when a long and a short window both burn fast (14.4x for 1 hour, and over its last 5 "
        "minutes, spends 2% of a 30-day budget: 1.44% errors at 99.9%), so the page clears soon after a fix; "
        "slow burns open a ticket",
    ),
    ToolNote(
        "thanos|mimir|victoriametrics",
        r"(?<!project )\bthanos\b|\bgrafana mimir\b|"
        r"\bmimir\b(?! (?:is|was) (?:our|the)\b|,? (?:our|the|the company's|an?) (?:internal|in-house|new)\b)"
        r"(?=[^.;]{0,60}?\b(?:prometheus|promql|metrics?|grafana|observability|monitoring|remote[- ]write|"
        r"time[- ]series|tempo|cortex)\b)|"
        r"\b(?:prometheus|promql|grafana|observability)\b[^.;]{0,50}?\bmimir\b|\bvictoria ?metrics\b",
        "Thanos or Grafana Mimir: long-term, global storage for Prometheus, its blocks kept in object storage; one "
        "query spans clusters and HA pairs are deduplicated. A Thanos sidecar uploads blocks and old data is "
        "downsampled; Mimir takes remote write, is multi-tenant and does not downsample. VictoriaMetrics keeps "
        "data on local disks",
    ),
    ToolNote(
        "bar[- ]raisers?",
        r"\bbar[- ]raisers?\b(?=[^.;]{0,60}?\b(?:hiring|hires?|interview\w*|candidates?|debriefs?|recruit\w*|"
        r"(?:the|hiring|interview) loops?)\b)|"
        r"\b(?:hiring|interview\w*|candidates?|debriefs?|recruit\w*|(?:the|hiring|interview) loops?)\b"
        r"[^.;]{0,60}?\bbar[- ]raisers?\b|"
        r"\b(?-i:Bar[- ]Raisers?)\b(?![^.;]*\b(?:quality|code|craft\w*|standards?)\b)",
        "A bar raiser: a trained interviewer from outside the hiring team (Amazon's practice) who keeps the bar "
        "the same across teams: hire only someone better than half the people now in the role, judged on written "
        "evidence against the role's criteria rather than the team's hurry to fill the seat; runs the debrief and "
        "can veto",
    ),
    ToolNote(
        "redis",
        r"\bredis\b|\bvalkey\b",
        "Redis (or its fork Valkey): in memory, one command at a time per shard, so KEYS or big keys block "
        "everyone; TTLs and an eviction policy bound memory, and persistence (RDB, AOF) and async replication "
        "decide what a restart or failover loses",
    ),
    ToolNote(
        r"postgres(?:ql)?",
        r"\bpostgres(?:ql)?\b",
        "PostgreSQL: MVCC (readers and writers do not block each other), autovacuum keeping up with dead rows, "
        "a pooler such as PgBouncer since each connection is a process, EXPLAIN (ANALYZE, BUFFERS) for plans, "
        "B-tree, GIN or partial indexes for the real queries",
    ),
    ToolNote(
        "postgis",
        r"\bpostgis\b",
        "PostGIS: geography for distances in metres over the globe, geometry in a projected SRID for fast planar "
        "work; GiST indexes, ST_DWithin (which can use the index) rather than ST_Distance in a WHERE clause, and the "
        "<-> operator for nearest-neighbour ordering",
    ),
    ToolNote(
        "pgbouncer",
        r"\bpgbouncer\b|(?<=\bdatabase )connection pool(?:ing|s|er)?\b|(?<=\bdb )connection pool(?:ing|s|er)?\b|"
        r"\bconnection pool(?:ing|s|er)?\b(?=[^.?!]*\b(?:databases?|db|postgres(?:ql)?|sql|pgbouncer)\b)",
        "Connection pooling (PgBouncer): many clients share a few database connections; in transaction mode "
        "session state (SET, session-level advisory locks, LISTEN) does not carry over, and the pool is sized "
        "to what the database can run at once",
    ),
    ToolNote(
        "sql server",
        r"\bsql ?server\b|\bms ?sql\b|\btsql\b|(?<=\bt-)sql\b",
        "SQL Server: actual execution plans and Query Store to find slow or regressed queries, statistics kept "
        "current, parameter sniffing understood, missing-index hints weighed rather than applied blindly, and "
        "read committed snapshot isolation so readers and writers do not block each other (at the cost of "
        "tempdb's version store)",
    ),
    ToolNote(
        "mysql",
        r"\bmysql\b",
        "MySQL (InnoDB): rows clustered by primary key, so a short sequential key beats a random UUID and every"
        " secondary index carries it; REPEATABLE READ by default with gap locks; asynchronous replicas unless "
        "semi-sync; online schema changes (INSTANT DDL, gh-ost); 8.4 is the LTS since 8.0's end of life",
    ),
    ToolNote(
        "mongodb",
        r"\bmongo(?:db)?\b",
        "MongoDB: documents shaped by the queries that read them, compound indexes ordered equality, sort, "
        "range (ESR), majority write concern for durability, multi-document transactions possible but costly, a"
        " shard key that is costly to change",
    ),
    ToolNote(
        "dynamodb",
        r"\bdynamo ?db\b",
        "DynamoDB: tables designed from the access patterns (partition and sort keys, GSIs), hot partitions "
        "avoided, conditional writes for concurrent updates",
    ),
    ToolNote(
        "cassandra|scylla",
        r"\bcassandra\b|\bscylla(?:db)?\b",
        "Cassandra and ScyllaDB: the partition key decides placement, one table per query with no joins, "
        "partitions kept bounded, tunable consistency (QUORUM reads and writes overlap), and tombstones from "
        "deletes slowing reads",
    ),
    ToolNote(
        "elasticsearch",
        r"\belastic ?search\b|\bopensearch\b",
        "Elasticsearch/OpenSearch: fed from the database, not the system of record; mappings and analysers "
        "decide what matches, the primary shard count is fixed when an index is created, refresh makes writes "
        "searchable; reindex into a new index behind an alias",
    ),
    # data engineering
    ToolNote(
        r"shard keys?|resharding",
        r"(?<!elasticsearch )(?<!opensearch )(?<!primary )(?<!replica )(?<!kinesis )\bshard(?:s|ed|"
        r"ing)?\b(?![^.?!]*\b(?:elastic ?search|opensearch|solr|kafka|kinesis)\b)|\bre-?shard\w*|"
        r"\bhorizontal(?:ly)? partition\w*|\bvitess\b|\bcitus\b",
        "Sharding: a shard key from the main access path (tenant or user) so most queries hit one shard; "
        "hash for even load, ranges for scans but hot spots (a big tenant may need its own); cross-shard "
        "joins, transactions and uniqueness costly or lost; resharding planned early (many logical shards "
        "per host; Vitess, Citus); IDs unique across shards",
    ),
    ToolNote(
        r"partition keys?",
        r"\b(?:database|db|table|postgres(?:ql)?|mysql|mariadb|declarative|range|list|"
        r"hash) partitioning\b(?![^.?!]*\b(?:big ?query|snowflake|redshift|databricks|spark|hive|iceberg|"
        r"delta|kafka|disks?|drives?|gpt|mbr|volumes?)\b)|\bpartition(?:ing)? (?:a|an|the|our|your|this|that|"
        r"each|every|large|big|busy|huge) (?:[\w-]+ ){0,2}?(?:databases?|tables?)\b(?![^.?!]*\b(?:big ?query|"
        r"snowflake|redshift|databricks|spark|hive|iceberg|delta|kafka|disks?|drives?|gpt|mbr|volumes?)\b)|"
        r"\bpartition(?:ing)? (?:databases?|tables?) (?:by|into|across)\b(?![^.?!]*\b(?:big ?query|snowflake|"
        r"redshift|databricks|spark|hive|iceberg|delta|kafka|disks?|drives?|gpt|mbr|volumes?)\b)|"
        r"\bpartitioned tables?\b(?![^.?!]*\b(?:big ?query|snowflake|redshift|databricks|spark|hive|iceberg|"
        r"delta|kafka|disks?|drives?|gpt|mbr|volumes?)\b)|\bpg_partman\b|"
        r"\bpartition pruning\b(?![^.?!]*\b(?:big ?query|snowflake|redshift|databricks|spark|hive|iceberg|"
        r"delta|kafka|disks?|drives?|gpt|mbr|volumes?)\b)|(?<!network )\bpartition(?:s|ing|"
        r"ed)?\b(?! tolerance)(?=[^.?!]*\b(?:postgres(?:ql)?|mysql|mariadb)\b)(?![^.?!]*\b(?:big ?query|"
        r"snowflake|redshift|databricks|spark|hive|iceberg|delta|kafka|disks?|drives?|gpt|mbr|volumes?)\b)",
        "Table partitioning (PostgreSQL, MySQL), one server: a partition key the hot queries filter on, so "
        "the planner prunes the rest (planning stays fast if they touch few partitions); every primary key "
        "and unique index must include it; no foreign keys in MySQL; old data detached or dropped a "
        "partition at a time; new ones made ahead (pg_partman)",
    ),
    ToolNote(
        r"isolation levels?|write skew",
        r"(?<!tenant )\bisolation levels?\b(?![^.?!]*\b(?:tenants?|electric\w*|galvanic)\b)|"
        r"\btransaction(?:al)? isolation\b|\bread (?:un)?committed\b|\brepeatable[- ]reads?\b|"
        r"\bserializab(?:le|ility)\b(?=[^.?!]*\b(?:isolation|transactions?|anomal\w*|postgres\w*|database)\b)|"
        r"\bsnapshot isolation\b|\bwrite skew\b|\b(?:dirty|phantom|non-?repeatable) reads?\b|"
        r"\blost updates?\b(?![^.?!]*\b(?:http|etags?|if-match)\b)",
        "Isolation levels: read committed (default in PostgreSQL, Oracle, SQL Server) allows non-repeatable "
        "reads and lost updates; repeatable read is snapshot isolation in PostgreSQL (no lost updates, but "
        "write skew); MySQL's (default) allows both; serializable aborts (PostgreSQL) or blocks (MySQL, SQL "
        "Server): apps retry; or SELECT FOR UPDATE",
    ),
    ToolNote(
        r"eager loading",
        r"\bn ?\+ ?1\b(?! (?:redundan\w*|servers?|nodes?|instances?|architecture|capacity|configurations?|"
        r"setups?|design|sparing|failover|replicas?)\b)(?: (?:quer\w*|selects?|problems?|issues?)\b|"
        r"(?=[^.?!]*\b(?:orm|quer\w*|hibernate|jpa|activerecord|sql|database|django|rails|graphql|resolvers?|"
        r"eager\w*|lazy)\b))|\bn plus one\b|\blazy[- ]load\w*(?=[^.?!]*\b(?:orm|quer\w*|hibernate|jpa|"
        r"activerecord|sql|database|relations?|associations?)\b)|\beager[- ]?load\w*(?![^.?!]*\b(?:javascript|"
        r"modules?|images?|scripts?|webpack|bundles?)\b)|\bselect_related\b|\bprefetch_related\b",
        "N+1 queries: one query for a list, then one more per row, usually an ORM's lazy loading inside a "
        "loop or serialiser; found by counting queries per request (SQL logs, APM traces, a test that "
        "asserts the count, Bullet in Rails), fixed by eager loading (a join or one IN query per relation) "
        "or batching (DataLoader)",
    ),
    ToolNote(
        r"distributed locks?|fencing tokens?",
        r"\bdistributed (?:locks?|locking|mutex(?:es)?|semaphores?)\b(?!-)|\bfencing tokens?\b|\bredlock\b|"
        r"\block leases?\b|(?<!team )(?<!party )\bleader elections?\b|\badvisory locks?\b|\b(?:redis|"
        r"zookeeper|etcd|consul)(?:[- ]based)? locks?\b|\block(?:s|ing)? (?:in|with|using|on) (?:redis|"
        r"zookeeper|etcd|consul)\b",
        "Distributed locks: a lease that expires, as a holder can stall (a GC pause) and lose it unawares, "
        "so the resource checks a fencing token (raised each grant) and rejects stale holders; for "
        "correctness, a consensus store (etcd, ZooKeeper) or the database's own locks; a Redis lock (SET NX "
        "PX, Redlock) only where a rare double run is harmless",
    ),
    ToolNote(
        "nosql",
        r"\bno-?sql\b(?![- ]injections?\b)|\bnon-?relational\b|\bno sql databases?\b|\b(?:document|key[- ]valu"
        r"e|wide[- ]column|graph) (?:databases?|stores?|dbs?)\b",
        "NoSQL: non-relational stores, by kind: key-value (DynamoDB, Redis) for lookups by key, document "
        "(MongoDB) for records read whole, wide-column (Cassandra) for heavy writes, graph (Neo4j) for "
        "relationships; data modelled from access patterns, joins and multi-item transactions limited, "
        "consistency often eventual",
        broad=True,
    ),
    ToolNote(
        "memcached?",
        r"\bmemcached?\b",
        "Memcached: a plain in-memory key-value cache, multithreaded, with no persistence, replication or "
        "data types; clients shard keys by consistent hashing, so a lost node means only misses; memory in "
        "slab classes, each with its own LRU, keys up to 250 bytes, values 1 MB by default; gets and cas for "
        "safe concurrent updates",
    ),
    ToolNote(
        "dbt",
        r"\bdbt\b",
        "dbt: SQL models in layers (staging, intermediate, marts), tests on keys and relationships, incremental"
        " models for big tables, lineage and docs from the project",
    ),
    ToolNote(
        "airflow",
        r"\bairflow\b",
        "Airflow: DAGs of idempotent tasks that are safe to retry and backfill, runs tied to data intervals, "
        "and no heavy work at the top level of a DAG file",
    ),
    ToolNote(
        "dimensional|star schemas?|slowly changing",
        r"(?<!three-)(?<!3-)\bdimensional model\w*|\b(?:star|snowflake) schemas?\b|\bkimball\b|"
        r"\bslowly changing dimensions?\b|\bscds?\b|"
        r"\btype[- ]?2 (?:dimensions?|history)\b|\bfacts? (?:and|&) dimensions?\b|\b(?:fact|dimension) tables?\b",
        "Dimensional modelling: facts at a stated grain with measures and dimension keys; dimensions "
        "denormalised for filtering, shared across facts; slowly changing dimensions as type 1 (overwrite, "
        "history lost) or type 2 (a new row per change, with its own surrogate key and valid-from/to), facts "
        "keeping the key in force when they happened",
    ),
    ToolNote(
        "spark",
        r"\bpyspark\b|\bspark\b(?! of)",
        "Spark: lazy transformations run as stages split at shuffles; partitioning and skew decide the speed, "
        "adaptive query execution handles some skew and small partitions, small tables broadcast in joins, only"
        " reused data cached",
    ),
    # frameworks and APIs
    ToolNote(
        "jvm",
        r"\bjvm\b|\bhikari\w*|\bzgc\b|\bg1 ?gc\b|\bjava (?:heap|gc|garbage collect\w*)\b|\boutofmemoryerror\b",
        "The JVM: G1 by default (Serial below 2 CPUs or 1792 MB before JDK 27), ZGC for sub-millisecond pauses; the "
        "heap set by MaxRAMPercentage (default 25%) of the container limit, leaving room for off-heap; GC logs read "
        "before tuning; CPU-bound pools near the core count, bounded pools or virtual threads for blocking I/O; a "
        "small HikariCP pool the database can serve",
    ),
    ToolNote(
        r"snowflake|bigquery",
        r"\bbigquery\b|\b(?-i:Big Query)\b|\bgoogle big ?query\b|"
        r"(?<!twitter )(?<!twitter's )(?<!twitter’s )(?<!special )\bsnowflake\b(?![- ](?:style|like|"
        r"ids?)\b)(?! (?:schemas?|ids?|identifiers?|algorithm|generators?|servers?|machines?|hosts?|"
        r"environments?)\b)(?![^.?!]*\b(?:id generat\w*|generat\w* (?:unique )?ids?|unique ids?|worker ids?|"
        r"machine ids?|sequence numbers?)\b)|\bsnowpipe\b|\bsnowpark\b",
        "Snowflake and BigQuery: columnar storage, separate compute; in Snowflake, warehouses per workload, "
        "billed while up (auto-suspend), micro-partitions pruned, zero-copy clones, Time Travel; BigQuery "
        "bills bytes or slots: no SELECT *, tables partitioned and clustered, partition filters required; "
        "keys unenforced: uniqueness tested (dbt)",
    ),
    ToolNote(
        "clickhouse",
        r"\bclick ?house\b",
        "ClickHouse: a columnar database for fast analytics over billions of rows; MergeTree tables sorted "
        "by an ORDER BY key led by the common filters (its sparse primary index skips blocks), inserts in "
        "large batches or as async inserts, few coarse partitions, and row changes as ReplacingMergeTree "
        "(deduplicated on merge, or FINAL)",
    ),
    ToolNote(
        "flink",
        r"\bflink\b",
        "Apache Flink: a stateful stream processor; keyed state (in RocksDB when large) saved by periodic "
        "checkpoints for exactly-once state, with transactional sinks for exactly-once output; event time "
        "and watermarks for late data, savepoints to upgrade or rescale a job, backpressure and checkpoint "
        "duration watched",
    ),
    ToolNote(
        "spring",
        r"\bspring (?:boot|framework|cloud|mvc|webflux|data|security)\b|\bspring\b(?<=(?-i:Spring))",
        "Spring Boot (4 since November 2025): dependency injection and auto-configuration, @Transactional "
        "applied through proxies (self-calls skip it; by default it rolls back only on unchecked exceptions), "
        "JPA N+1s and open-in-view turned off, Actuator for health and metrics",
    ),
    ToolNote(
        "virtual thread",
        r"\bjava 2[1-9]\b|\bjdk 2[1-9]\b|\bvirtual threads?\b",
        "Modern Java: virtual threads for blocking I/O at scale, never pooled (a semaphore caps concurrency) "
        "and no longer pinned by synchronized since Java 24; records, sealed types and pattern matching",
    ),
    ToolNote(
        "django",
        r"\bdjango\b",
        "Django: the ORM's N+1 queries fixed with select_related and prefetch_related, migrations reviewed for "
        "locks on big tables, transaction.atomic around writes that belong together",
    ),
    ToolNote(
        "fastapi",
        r"\bfastapi\b",
        "FastAPI: type hints drive Pydantic validation and the OpenAPI schema; async def endpoints must never "
        "block, while plain def endpoints run in a thread pool; dependencies provide sessions and auth",
    ),
    ToolNote(
        "rails",
        r"\bruby on rails\b|\bactiverecord\b|\brails\b(?<=(?-i:Rails))",
        "Rails: ActiveRecord N+1s fixed with includes, callbacks kept few, migrations safe on large tables, "
        "background jobs idempotent",
    ),
    ToolNote(
        "asp.net",
        r"\basp\.net\b|\bnet core\b(?<=\.net core)|\bentity framework\b|(?<=\bef )core\b",
        "ASP.NET Core: async all the way (no .Result or .Wait()), dependency-injection lifetimes (singleton, "
        "scoped, transient) with no scoped service such as a DbContext captured by a singleton, EF Core queries"
        " checked for N+1s",
    ),
    ToolNote(
        "rest",
        r"\brest\b(?<=(?-i:REST))|\brestful\b",
        "REST over HTTP: resources named by URLs, methods used for their meaning (GET safe, PUT and DELETE "
        "idempotent, POST neither), status codes that tell the client what happened, no session state on the "
        "server",
    ),
    ToolNote(
        "grpc",
        r"\bgrpc\b|\bprotobuf\b|\bprotocol buffers\b",
        "gRPC: protobuf contracts changed compatibly (new field numbers, old ones reserved), a deadline on "
        "every call, HTTP/2 connections that need client-side or L7 load balancing, streaming where it fits; "
        "browsers need gRPC-Web or a gateway",
    ),
    ToolNote(
        "graphql",
        r"\bgraphql\b",
        "GraphQL: one schema, clients ask for the fields they need; N+1 resolvers batched (DataLoader), query "
        "depth and cost limited, errors returned beside partial data",
    ),
    ToolNote(
        "openapi",
        r"\bopenapi\b|\bswagger\b",
        "OpenAPI: the contract written first or generated from the code, checked in CI for breaking changes, "
        "and used to generate clients and docs",
    ),
    ToolNote(
        "oauth",
        r"\boauth ?2?\b|\boidc\b|\bopenid connect\b",
        "OAuth 2 and OpenID Connect: the authorization code flow with PKCE for users, client credentials "
        "between services, the ID token for who logged in and access tokens for APIs, short-lived and checked "
        "for signature, issuer, audience and expiry",
    ),
    ToolNote(
        "jwt",
        r"\bjwts?\b",
        "JWTs: usually signed, not encrypted, so the claims are readable and hold no secrets; the algorithm "
        "pinned (never none), signature, issuer, audience and expiry checked, keys rotated through JWKS, "
        "revocation through short lifetimes and refresh tokens or a denylist",
    ),
    # languages and runtimes
    ToolNote(
        r"api versioning|deprecation headers?",
        r"(?<!kubernetes )(?<!k8s )\bapi versioning\b|\bversion(?:ing|ed)? (?:(?:a|an|the|our|your|public|"
        r"private|internal|rest|http|external) ){0,2}(?:apis?|endpoints?)\b|"
        r"(?<!kubernetes )(?<!k8s )\bapi versions?\b(?![^.?!]*\b(?:kubernetes|k8s|clusters?|helm|crds?|"
        r"manifests?)\b)|\bdeprecat\w* (?:(?:a|an|the|old|older|legacy|public|rest) ){0,2}(?:apis?|endpoints?|"
        r"api versions?)\b(?![^.?!]*\b(?:kubernetes|k8s|clusters?|helm|crds?|manifests?)\b)|"
        r"\bbreaking (?:api )?changes?\b(?=[^.?!]*\b(?:apis?|endpoints?|clients?|"
        r"contracts?)\b)(?![^.?!]*\b(?:databases?|schemas?|migrations?)\b)|"
        r"\bbackwards?[- ]compatib\w*(?=[^.?!]*\b(?:apis?|endpoints?|clients?|contracts?)\b)|"
        r"\bapis?\b(?=[^.?!]*\bbackwards?[- ]compatib)|\b(?:sunset|deprecation) headers?\b",
        "API versioning: breaking means a removed or renamed field, a new required input, a changed type or "
        "meaning, often a new enum value; additive changes need no version if clients ignore unknown fields; "
        "otherwise a version in the path or a dated header (Stripe); Deprecation and Sunset headers, traffic "
        "per version watched, contract tests",
    ),
    ToolNote(
        "websockets?",
        r"\bweb[- ]?sockets?\b|\bsocket\.io\b",
        "WebSockets: a long-lived, two-way connection begun as an HTTP request upgraded with 101 Switching "
        "Protocols; browsers can't set its headers, so auth is a cookie plus an Origin check (cross-site "
        "hijacking) or a short-lived token; pings find dead peers, clients reconnect with backoff and "
        "jitter, a pub/sub backplane spans servers",
    ),
    ToolNote(
        "saml|single sign-on|sso",
        r"\bsaml(?: ?2(?:\.0)?)?\b|\bsingle sign-?on\b|\bsso\b",
        "Single sign-on: users sign in once at an identity provider (Okta, Entra ID) that every app trusts, "
        "via SAML 2.0 (signed XML assertions) or OpenID Connect; a maintained library checks signature, "
        "audience, expiry and replay (XML signature wrapping is the classic hole); users keyed on a stable "
        "ID, not email; SCIM to deprovision",
    ),
    ToolNote(
        "asyncio",
        r"\basyncio\b|\basync python\b",
        "asyncio: one event loop per thread, so a blocking call stalls every task; blocking work goes to "
        "asyncio.to_thread or a process, tasks run in a TaskGroup so errors and cancellation spread, and awaits"
        " get timeouts",
    ),
    ToolNote(
        "tokio",
        r"\btokio\b|\basync rust\b",
        "Tokio: never block its worker threads (spawn_blocking for that); a future is cancelled when dropped, "
        "and spawned tasks must be Send",
    ),
    ToolNote(
        "node(?:\\.js)?",
        r"\bnode\.?js\b|\bnode (?:apps?|applications?|services?|servers?|backends?|apis?|process(?:es)?|runtime|"
        r"streams?)\b|\bexpress\.?js\b|\bexpress (?:apis?|apps?|applications?|services?|servers?|middleware|routes?|"
        r"routers?|handlers?|[45])\b|\b(?:in|using|with) express\b|\bnest\.?js\b|\bfastify\b|\blibuv\b",
        "Node.js: one event loop per process, so CPU-heavy work (large JSON, synchronous crypto, backtracking "
        "regexes) stalls every request unless it moves to worker threads or another service; every promise rejection "
        "handled (Express 5 passes them to the error handler, Express 4 needs next(err)); input validated at the "
        "edge; a graceful shutdown on SIGTERM",
    ),
    ToolNote(
        "typescript",
        r"\btypescript\b",
        "TypeScript: strict mode, data from outside checked at runtime (types vanish after compiling, so a "
        "schema library such as Zod), discriminated unions for states",
    ),
    ToolNote(
        "kotlin",
        r"\bkotlin\b",
        "Kotlin: null safety in the type system, coroutines with structured concurrency (scopes, cancellation),"
        " data and sealed classes, smooth Java interop",
    ),
    ToolNote(
        "type checking",
        r"\bmypy\b|\bpyright\b|\bpyrefly\b|\bpython\b[^.?!]*\b(?:type[- ]?(?:hints?|annotations?|check\w*)|"
        r"static typing)\b|\b(?:type[- ]?(?:hints?|annotations?|check\w*)|"
        r"static typing)\b(?=[^.?!]*\bpython\b)",
        "Type checking in Python (mypy, pyright): hints are not enforced at runtime, so the checker runs in CI;"
        " module boundaries annotated first, strict mode switched on module by module, and each Any or type: "
        "ignore treated as debt to pay down",
    ),
    ToolNote(
        "jest",
        r"\bjest\b|\bsupertest\b|\bvitest\b",
        "Jest or Vitest: tests that depend neither on each other nor on run order, mocks only at the edges and "
        "reset between tests, async work awaited, fake timers for time; for an API, Supertest against the app "
        "in process and a real database in a container",
    ),
    ToolNote(
        "pytest",
        r"\bpytest\b",
        "pytest: fixtures with scopes for setup, parametrize for cases, real dependencies in containers for "
        "integration tests, and tests that pass in any order",
    ),
    ToolNote(
        r"goroutines?",
        r"\bgolang\b|\bgoroutines?\b|\berrgroup\b|\bgomaxprocs\b|\b(?:built|build\w*|(?:re)?wr(?:ite|ites|"
        r"iting|ote|itten)|develop\w*|services?|microservices?|backends?|apis?|modules?|tool(?:s|ing)?|"
        r"systems?|production|programming|proficien\w*|experience\w*|fluen\w*|strong|knowledge|code|coding|"
        r"engineers?|developers?|skills?|primarily|mostly|errors?|error handling|concurrency|tests?|"
        r"testing)\b[^.?!]{0,80}?\b(?:in|of|with|using) (?<!game of )(?-i:Go)\b(?![-'’/]|\.\w| (?:live|"
        r"to market|ahead)\b)|(?<=\bin |\bof )(?<!game of )\b(?-i:Go)\b(?![-'’/]|\.\w| (?:live|to market|"
        r"ahead)\b)(?=,|[^.?!]{0,80}\b(?:services?|microservices?|backends?|apis?|endpoints?|production|"
        r"systems?|tool(?:s|ing)?)\b)|(?<=\bwrote |\bwrite |\blearn |\badopt |\busing )\b(?-i:Go)\b(?![-'’/]|"
        r"\.\w| (?:live|to market|ahead)\b)|(?<=\bstrong |\bmostly )\b(?-i:Go)\b(?![-'’/]|\.\w| (?:live|"
        r"to market|ahead)\b)|(?<=\bwriting |\badopted )\b(?-i:Go)\b(?![-'’/]|\.\w| (?:live|to market|"
        r"ahead)\b)|(?<=\blearning |\badopting |\byears of )\b(?-i:Go)\b(?![-'’/]|\.\w| (?:live|to market|"
        r"ahead)\b)|\b(?-i:Go)(?: (?:services?|microservices?|backends?|monoliths?|code(?:base)?|programs?|"
        r"developers?|engineers?|engineering|modules?|apis?|applications?|apps?|servers?|binaries|clis?|"
        r"tooling|channels?|generics|runtime|toolchain|versions?|images?|standard library|stdlib|concurrency|"
        r"interfaces?|1\.\d+)\b|['’]s (?:concurrency|goroutines|channels|runtime|garbage collector|gc|"
        r"error handling|context|scheduler|standard library|generics|interfaces)\b)|\b(?:java|python|rust|"
        r"kotlin|typescript|node(?:\.js)?|ruby|scala|elixir|php|c\+\+|c#)(?:,| or| and|/|"
        r" -> ) ?(?-i:Go)\b(?![-'’/]|\.\w| (?:live|to market|ahead)\b)|\b(?-i:Go)(?:,| or| and|/) (?:java|"
        r"python|rust|kotlin|typescript|node(?:\.js)?|ruby|scala|elixir|php|c\+\+|c#)(?![\w+#])",
        "Go: every goroutine has an owner and an end (a context or errgroup stops it; leaks show in pprof); "
        "context.Context passed first through calls for deadlines and cancellation, never stored; errors "
        "returned, wrapped with %w, checked with errors.Is or errors.As; channels hand over work, mutexes "
        "guard state; go test -race in CI",
    ),
    ToolNote(
        "sql|relational",
        r"(?<!\bno )(?<!\bno-)(?<!\bms )(?<!\bt-)(?<!\btransact-)(?<!\bpl/)(?<!\bspark )(?<!\bflink )(?<!\bazu"
        r"re )(?<!\bcloud )(?<!\bbigquery )(?<!\bsnowflake )(?<!\bdatabricks )\bsql\b(?![- ]?server\b|[- ]inje"
        r"ctions?\b)|\brelational (?:databases?|dbs?|data models?|modell?ing|schemas?)\b|\brdbms\w*",
        "SQL and relational databases: tables with a declared schema, keys and constraints enforced by the "
        "database, not only the app, joined in queries; ACID transactions make a set of writes all or "
        "nothing, isolation levels decide what concurrent ones see; indexes (checked with EXPLAIN) speed "
        "reads, slow writes; queries parameterised",
        broad=True,
    ),
    ToolNote(
        "python",
        r"(?<!monty )\bpython3?\b",
        "Python: a dynamically typed, interpreted language; CPython's GIL runs Python code in one thread at "
        "a time, so CPU-bound work goes to processes (a free-threaded build is optional, supported since "
        "3.14); dependencies pinned in a lock file (uv, Poetry), type hints checked in CI, no mutable "
        "default arguments",
        broad=True,
    ),
    ToolNote(
        "java",
        r"\bjava\b(?! ?script\b)",
        "Java: a statically typed language compiled to bytecode for the JVM, with LTS releases (17, 21, 25) "
        "that most teams stay on; records for immutable values, Optional for absent return values rather "
        "than null, equals and hashCode overridden together, java.util.concurrent over raw threads, Maven or "
        "Gradle with pinned versions",
        broad=True,
    ),
    ToolNote(
        r"c(?=#)|dotnet|(?<=\.)net",
        r"\bc#(?!\w)|\bc ?sharp\b(?! (?:minor|major)\b)|(?<!\w\.)\bnet\b(?<=\.net)|\bdot ?net\b",
        "C# and .NET: a statically typed language compiled to IL and run by the cross-platform .NET runtime; "
        "a release each November, even-numbered ones LTS (.NET 10, to November 2028); nullable reference "
        "types on, using for IDisposable, IHttpClientFactory, not a new HttpClient per call, LINQ's deferred "
        "execution understood",
        broad=True,
    ),
    ToolNote(
        "rust",
        r"\brust(?:lang)?\b(?![- ](?:belt|proof\w*|removal|prevention|inhibitors?|resist\w*|colou?red)\b)",
        "Rust: a compiled systems language, memory-safe without a garbage collector through ownership and "
        "borrowing checked at compile time (lifetimes; Send and Sync for threads); errors as Result values "
        "passed up with ?, no unwrap on production paths, unsafe rare and wrapped in safe APIs, clippy and "
        "cargo audit in CI",
        broad=True,
    ),
    ToolNote(
        "php",
        r"\bphp\d?\b|\blaravel\b|\bsymfony\b",
        "PHP: a scripting language run per request under PHP-FPM, sharing nothing between requests, so state "
        "lives in a database, cache or session store; OPcache on, Composer with a committed lock file, "
        "strict_types, typed properties, enums and readonly classes (8.x); long-running servers (Swoole, "
        "FrankenPHP) can leak state",
        broad=True,
    ),
    ToolNote(
        "scala",
        r"(?<!\bla )\bscala\b",
        "Scala: a JVM language mixing functional and object-oriented code; immutable case classes, pattern "
        "matching, Option and Either over nulls and exceptions, effects in Cats Effect or ZIO; Scala 3 has "
        "given/using for implicits and new macros, so 2.13 code migrates with care; Akka's 2022 licence "
        "change led many to Apache Pekko",
        broad=True,
    ),
)

"""In the order notes win a place on a back: the standard the work must meet, then patterns and platforms,
then the stores, frameworks and languages it is built with."""
_PATTERNS = [re.compile(note.pattern, re.IGNORECASE) for note in NOTES]
_INDEX = KeywordIndex(_PATTERNS)

_GROUP_STARTS = frozenset({"kafka", "terraform", "redis", "dbt", "spring", "asyncio"})
_GROUPS = list(accumulate(int(note.subject in _GROUP_STARTS) for note in NOTES))
"""Each note's group (standards, messaging, infrastructure, stores, data, frameworks, languages): a back takes the
notes of the earlier group first, and within a group the one its question names first ("Celery tasks on RabbitMQ")."""

LIMIT = 2
"""Notes on one back at most: the theme's lines and the level's still have to fit."""


def tool_notes(question: str, said: str, themes: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The notes on what `question` names, by group and then by where it names them (examples in brackets and
    platforms named in passing last), leaving out any subject `said` mentions and any that a theme of the card
    (`themes`, by name) already covers."""
    lowered = said.lower()
    named = ((number, _PATTERNS[number].search(question, start)) for number, start in _INDEX.starts(question).items())
    found = sorted(
        (_in_brackets(question, match.start()), NOTES[number].broad, _GROUPS[number], match.start(), number)
        for number, match in named
        if match
    )
    notes = (NOTES[number] for *_, number in found)
    kept = [note.note for note in notes if note.theme not in themes and not _mentions(lowered, note.subject)]
    return tuple(kept[:LIMIT])


def _in_brackets(text: str, position: int) -> bool:
    """Whether `position` is inside brackets that list several examples: "AWS (EKS, RDS, S3)" names S3 as one example
    of AWS, which comes first ("Python (FastAPI)" names the framework, which does not wait)."""
    opened = text.rfind("(", 0, position)
    if opened < 0 or text.rfind(")", 0, position) > opened:
        return False
    closed = text.find(")", position)
    return "," in text[opened : closed if closed > 0 else len(text)]


def _mentions(text: str, subject: str) -> bool:
    """Whether `text` names `subject` as a word (a plural too): "rest" is not in "restore"."""
    return re.search(rf"\b(?:{subject})(?:e?s)?\b", text) is not None
