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


@dataclass(frozen=True, slots=True)
class ToolNote:
    subject: str
    """The words that show the back already talks about it (matched against the theme's lines)."""
    pattern: str
    """Where a question names it (a regular expression, case-insensitive)."""
    note: str


NOTES = (
    # standards and regulation
    ToolNote(
        "pci",
        r"\bpci(?:[- ]dss)?\b",
        "PCI DSS: card data kept out of scope where possible (tokens from the payment provider), the "
        "cardholder-data environment segmented, access logged, and evidence ready for the yearly assessment",
    ),
    ToolNote(
        "gdpr",
        r"\bgdpr\b",
        "GDPR: a purpose and lawful basis for each piece of personal data, no more collected than needed, "
        "retention limits, and export or deletion when a person asks",
    ),
    ToolNote(
        "hipaa",
        r"\bhipaa\b",
        "HIPAA: health data encrypted, access limited to need and audited, business associate agreements with "
        "vendors, and a plan for breach notification",
    ),
    ToolNote(
        "soc 2",
        r"\bsoc ?2\b",
        "SOC 2: controls such as access reviews, reviewed changes, monitoring and incident response, with "
        "evidence gathered all year for the auditor",
    ),
    ToolNote(
        "clinical safety",
        r"\bdcb ?0129\b|\bdcb ?0160\b|\bclinical safety\b",
        "Clinical safety (DCB0129 in England): a clinical risk management process, a hazard log kept current, "
        "a safety case report, and a Clinical Safety Officer signing off changes",
    ),
    ToolNote(
        "hl7",
        r"\bhl7\b",
        "HL7 v2: segments (MSH, PID, OBX ...) separated by pipes, sent over MLLP and answered with an ACK, with "
        "each sender's own variations, so parsers are lenient and test against real messages",
    ),
    ToolNote(
        "fhir",
        r"\bfhir\b",
        "FHIR: resources (Patient, Encounter, Observation ...) over a REST API in JSON, with profiles for local "
        "rules and references between resources",
    ),
    ToolNote(
        "integration engine",
        r"\bmirth(?: connect)?\b|\bintegration engines?\b|\brhapsody\b",
        "An integration engine (Mirth Connect, Rhapsody): channels that receive, transform and route messages "
        "such as HL7 v2, with queues, retries, alerts on errors, and channels kept in version control",
    ),
    ToolNote(
        "snomed",
        r"\bsnomed(?: ct)?\b",
        "SNOMED CT: clinical concepts with IDs and relationships between them; local terms are mapped to "
        "concepts, and each new release can change them",
    ),
    ToolNote(
        "iso 20022",
        r"\biso ?20022\b",
        "ISO 20022: structured payment messages (pain.001 to start a transfer, pacs.008 between banks) "
        "validated against their schemas, with rich party and remittance data",
    ),
    # messaging and jobs
    ToolNote(
        "kafka",
        r"\bkafka\b",
        "Kafka: order holds only within a partition, so the key decides it; a consumer group shares the "
        "partitions, offsets are committed after processing, and retention lets consumers replay",
    ),
    ToolNote(
        "rabbitmq",
        r"\brabbit ?mq\b",
        "RabbitMQ: exchanges route to queues, a message is acked after processing and redelivered if not, "
        "prefetch caps work in flight, dead-letter exchanges catch poison messages",
    ),
    ToolNote(
        "sqs",
        r"\bsqs\b",
        "SQS: at-least-once delivery, a visibility timeout longer than the processing, a redrive policy to a "
        "dead-letter queue; FIFO queues keep order within a message group",
    ),
    ToolNote(
        "outbox",
        r"\boutbox\b",
        "The outbox pattern: the event is written to an outbox table in the same transaction as the data, then "
        "a relay (a poller, or change data capture such as Debezium) publishes it; consumers still deduplicate",
    ),
    ToolNote(
        "job queue",
        r"\b(?:job|task|work) queues?\b|\bbackground jobs?\b",
        "Job queues: jobs safe to run twice, retries with backoff and a limit, a dead-letter place for jobs that "
        "keep failing, and queue depth and the oldest job's age watched",
    ),
    ToolNote(
        "celery",
        r"\bcelery\b",
        "Celery: idempotent tasks acknowledged late (acks_late) so a crash means a retry, not a loss; retries "
        "with backoff, time limits, and no large objects passed as arguments",
    ),
    ToolNote(
        "sidekiq",
        r"\bsidekiq\b",
        "Sidekiq: Redis-backed jobs retried with backoff by default, so every job must be idempotent and take "
        "IDs rather than whole records as arguments",
    ),
    # infrastructure
    ToolNote(
        "cdk",
        r"\bcdk\b",
        "AWS CDK: infrastructure in TypeScript or Python synthesised to CloudFormation, which holds the state; "
        "cdk diff before every deploy, small stacks, shared constructs",
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
        "Ansible: agentless playbooks over SSH, idempotent tasks (a second run changes nothing), an inventory "
        "per environment, secrets in Vault or ansible-vault",
    ),
    ToolNote(
        "helm",
        r"\bhelm\b",
        "Helm: charts template the manifests with values per environment; releases are versioned so a rollback "
        "is one command, and charts are linted and rendered in CI",
    ),
    ToolNote(
        "gitops",
        r"\bgitops\b|\bargo ?cd\b|\bflux ?cd\b",
        "GitOps (Argo CD, Flux): the cluster's desired state lives in Git and a controller syncs it, so every "
        "change is reviewed and drift is visible and undone",
    ),
    ToolNote(
        "operator",
        r"\bkubernetes operators?\b|\boperators? in go\b|\boperator pattern\b|\bcustom resources?\b|\bcrds?\b",
        "Kubernetes operators: a custom resource (CRD) and a controller whose reconcile loop moves the actual "
        "state towards the desired one, idempotently, writing status back (controller-runtime, Kubebuilder)",
    ),
    ToolNote(
        "service mesh",
        r"\bservice mesh\b|\bistio\b|\blinkerd\b",
        "A service mesh (Istio, Linkerd): proxies give mutual TLS, retries, timeouts and traffic splitting "
        "without code changes, paid for in latency, resources and one more system to run",
    ),
    ToolNote(
        "region",
        r"\b(?:multi|multiple|several|two|three|four) regions?\b|\bmulti-region\b|\bacross (?:\w+ )?regions\b",
        "Several regions: which region owns each write and how data replicates, traffic moved by health checks "
        "(global load balancer or DNS), failover rehearsed, and the cost of running everything twice",
    ),
    ToolNote(
        "nginx",
        r"\bnginx\b",
        "Nginx: a reverse proxy and load balancer that terminates TLS, with timeouts and buffering set per "
        "upstream and limit_req for rate limiting",
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
        "networking and security at low overhead; bpftrace for one-off questions",
    ),
    ToolNote(
        "waf",
        r"\bcloud armor\b|\bwafs?\b|\bweb application firewalls?\b",
        "A WAF (Cloud Armor, AWS WAF): rules at the edge against common attacks, rate limits and IP or region "
        "blocks, tried in preview mode before they block real users",
    ),
    ToolNote(
        "vpc",
        r"\bvpcs?\b",
        "Cloud networks: VPCs per environment, private subnets for data stores, firewall rules or security "
        "groups that deny by default, private endpoints instead of public IPs",
    ),
    # data stores
    ToolNote(
        "redis",
        r"\bredis\b",
        "Redis: in memory, one command at a time per shard; TTLs and an eviction policy bound memory, and "
        "persistence (RDB, AOF) and replication decide what a restart or failover loses",
    ),
    ToolNote(
        "postgres",
        r"\bpostgres(?:ql)?\b",
        "PostgreSQL: MVCC (readers never block writers), autovacuum keeping up with dead rows, EXPLAIN (ANALYZE, "
        "BUFFERS) to read plans, and B-tree, GIN or partial indexes chosen for the real queries",
    ),
    ToolNote(
        "mysql",
        r"\bmysql\b",
        "MySQL (InnoDB): rows stored in primary-key order, REPEATABLE READ by default with gap locks, and "
        "online schema changes (gh-ost, pt-online-schema-change or INSTANT DDL) on big tables",
    ),
    ToolNote(
        "mongodb",
        r"\bmongo(?:db)?\b",
        "MongoDB: documents shaped by the queries that read them, compound indexes in query order, "
        "multi-document transactions possible but costly, and a shard key that is hard to change",
    ),
    ToolNote(
        "dynamodb",
        r"\bdynamo ?db\b",
        "DynamoDB: tables designed from the access patterns (partition and sort keys, GSIs), hot partitions "
        "avoided, conditional writes for concurrent updates",
    ),
    ToolNote(
        "cassandra",
        r"\bcassandra\b",
        "Cassandra: the partition key decides placement, one table per query, tunable consistency (QUORUM "
        "reads and writes overlap), and tombstones from deletes slowing reads",
    ),
    ToolNote(
        "elasticsearch",
        r"\belastic ?search\b|\bopensearch\b",
        "Elasticsearch/OpenSearch: mappings and analysers decide what matches, shard count is set when an index "
        "is created, refresh makes writes searchable; reindex into a new index behind an alias",
    ),
    # data engineering
    ToolNote(
        "dbt",
        r"\bdbt\b",
        "dbt: SQL models in layers (staging, intermediate, marts), tests on keys and relationships, "
        "incremental models for big tables, lineage and docs from the project",
    ),
    ToolNote(
        "airflow",
        r"\bairflow\b",
        "Airflow: DAGs of idempotent tasks that are safe to retry and backfill, runs tied to data intervals, and "
        "no heavy work at the top level of a DAG file",
    ),
    ToolNote(
        "spark",
        r"\bspark\b",
        "Spark: lazy transformations run as stages split at shuffles; partitioning and skew decide the speed, "
        "small tables broadcast in joins, and only data that is reused cached",
    ),
    # frameworks and APIs
    ToolNote(
        "spring",
        r"\bspring (?:boot|framework|cloud|mvc|webflux|data|security)\b|(?-i:\bSpring\b)",
        "Spring Boot: dependency injection and auto-configuration, @Transactional and its proxy pitfalls (self-"
        "calls skip it), Actuator for health and metrics",
    ),
    ToolNote(
        "virtual thread",
        r"\bjava 2[1-9]\b|\bvirtual threads?\b",
        "Modern Java: virtual threads for blocking I/O at scale (no longer pinned by synchronized since Java "
        "24), records, sealed types and pattern matching",
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
        "FastAPI: type hints drive Pydantic validation and the OpenAPI schema; async endpoints must not make "
        "blocking calls, and dependencies provide sessions and auth",
    ),
    ToolNote(
        "rails",
        r"\brails\b",
        "Rails: ActiveRecord N+1s fixed with includes, callbacks kept few, migrations safe on large tables, "
        "background jobs idempotent",
    ),
    ToolNote(
        "asp.net",
        r"\basp\.net\b|\.net core\b|\bentity framework\b|\bef core\b",
        "ASP.NET Core: async all the way (no .Result or .Wait()), dependency-injection lifetimes (singleton, "
        "scoped, transient), EF Core queries checked for N+1s",
    ),
    ToolNote(
        "rest",
        r"(?-i:\bREST(?:ful)?\b)|\brestful\b",
        "REST over HTTP: resources named by URLs, methods used for their meaning (GET safe, PUT and DELETE "
        "idempotent, POST neither), status codes that tell the client what happened, no session state on the server",
    ),
    ToolNote(
        "grpc",
        r"\bgrpc\b|\bprotobuf\b|\bprotocol buffers\b",
        "gRPC: protobuf contracts changed compatibly (new field numbers, none reused), a deadline on every call, "
        "streaming where it fits; browsers need gRPC-Web or a gateway",
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
        "OAuth 2 and OpenID Connect: the authorization code flow with PKCE for users, client credentials between "
        "services, short-lived tokens checked for signature, issuer, audience and expiry",
    ),
    ToolNote(
        "jwt",
        r"\bjwts?\b",
        "JWTs: signed, not encrypted; the signature, issuer, audience and expiry checked, lifetimes kept short, "
        "and revocation planned (short expiry, refresh tokens)",
    ),
    # languages and runtimes
    ToolNote(
        "asyncio",
        r"\basyncio\b|\basync python\b",
        "asyncio: one event loop per thread, so a blocking call stalls every task; blocking work goes to "
        "asyncio.to_thread or a process, with timeouts on awaits and cancelled tasks cleaned up",
    ),
    ToolNote(
        "tokio",
        r"\btokio\b|\basync rust\b",
        "Tokio: never block its worker threads (spawn_blocking for that); a future is cancelled when dropped, "
        "and spawned tasks must be Send",
    ),
    ToolNote(
        "typescript",
        r"\btypescript\b",
        "TypeScript: strict mode, data from outside checked at runtime (types vanish after compiling, so a schema "
        "library such as Zod), discriminated unions for states",
    ),
    ToolNote(
        "kotlin",
        r"\bkotlin\b",
        "Kotlin: null safety in the type system, coroutines with structured concurrency (scopes, cancellation), "
        "data and sealed classes, smooth Java interop",
    ),
    ToolNote(
        "pytest",
        r"\bpytest\b",
        "pytest: fixtures with scopes for setup, parametrize for cases, real dependencies in containers for "
        "integration tests, and no test that depends on another's order",
    ),
)

"""In the order notes win a place on a back: the standard the work must meet, then patterns and platforms,
then the stores, frameworks and languages it is built with."""
_FINDER = re.compile("|".join(f"(?P<n{index}>{note.pattern})" for index, note in enumerate(NOTES)), re.IGNORECASE)

LIMIT = 2
"""Notes on one back at most: the theme's lines and the level's still have to fit."""


def tool_notes(question: str, said: str) -> tuple[str, ...]:
    """The notes on what `question` names, first in `NOTES` order, leaving out any subject `said` mentions."""
    lowered = said.lower()
    found = {NOTES[int(match.lastgroup[1:])] for match in _FINDER.finditer(question) if match.lastgroup}
    ranked = sorted(
        (note for note in found if not re.search(rf"\b{re.escape(note.subject)}", lowered)), key=NOTES.index
    )
    return tuple(note.note for note in ranked[:LIMIT])
