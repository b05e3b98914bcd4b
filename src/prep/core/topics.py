"""One topic vocabulary for every pack, and the alias table that maps skill names onto it.

Bundled cards tag their `topics` with these slugs; `prep build` normalises the skills it finds in
job descriptions through `topic_for()` ("Postgres" → postgresql, "k8s" → kubernetes), so a
posting that lists a skill pulls in the bundled cards on that topic.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from prep.errors import PrepError


class UnknownTopic(PrepError):
    """A topic no card in the packs carries."""


@dataclass(frozen=True, slots=True)
class Topic:
    slug: str
    """What cards write in `topics:`."""
    name: str
    """How a person writes it."""
    group: str
    aliases: tuple[str, ...] = ()
    """Other names for it in job descriptions (matched case-insensitively)."""


TOPICS: tuple[Topic, ...] = (
    # Languages
    Topic("python", "Python", "languages", ("python3", "cpython")),
    Topic("java", "Java", "languages", ("jvm", "java ee", "jakarta ee")),
    Topic("nodejs", "Node.js", "languages", ("node", "nodejs", "node js", "javascript", "js", "typescript")),
    Topic("go", "Go", "languages", ("golang",)),
    Topic("ruby", "Ruby", "languages", ("ruby on rails", "rails", "ror")),
    Topic("php", "PHP", "languages", ("laravel", "symfony")),
    Topic("csharp", "C#", "languages", ("c#", "c sharp", ".net", "dotnet", ".net core", "asp.net", "asp.net core")),
    Topic("scala", "Scala", "languages", ("akka",)),
    # Frameworks
    Topic("django", "Django", "frameworks", ("django rest framework", "drf")),
    Topic("flask", "Flask", "frameworks"),
    Topic("express", "Express.js", "frameworks", ("express", "expressjs", "express js")),
    Topic("spring-boot", "Spring Boot", "frameworks", ("spring", "springboot", "spring framework")),
    # Data
    Topic(
        "sql",
        "SQL",
        "databases",
        (
            "relational databases",
            "rdbms",
            "sql databases",
            "relational database",
            "sql server",
            "microsoft sql server",
            "mssql",
            "t-sql",
            "sqlite",
            "oracle database",
        ),
    ),
    Topic("postgresql", "PostgreSQL", "databases", ("postgres", "postgre", "psql", "pgsql")),
    Topic("mysql", "MySQL", "databases", ("mariadb",)),
    Topic(
        "database-design",
        "Database design",
        "databases",
        (
            "data modeling",
            "data modelling",
            "schema design",
            "database management",
            "normalisation",
            "normalization",
            "database architecture",
            "database systems",
        ),
    ),
    Topic("indexing", "Indexing", "databases", ("indexes", "database indexing", "query optimization")),
    Topic("transactions", "Transactions", "databases", ("acid", "isolation levels", "transaction isolation")),
    Topic(
        "nosql",
        "NoSQL",
        "databases",
        (
            "nosql databases",
            "non-relational databases",
            "dynamodb",
            "amazon dynamodb",
            "couchdb",
            "couchbase",
            "firestore",
        ),
    ),
    Topic("mongodb", "MongoDB", "databases", ("mongo",)),
    Topic("redis", "Redis", "databases"),
    Topic("cassandra", "Cassandra", "databases", ("apache cassandra", "scylladb")),
    # APIs and networking
    Topic(
        "rest",
        "REST APIs",
        "apis",
        (
            "rest",
            "restful",
            "restful apis",
            "restful api",
            "restful services",
            "rest api",
            "restful api design",
            "restful web services",
            "rest apis",
        ),
    ),
    Topic(
        "api-design",
        "API design",
        "apis",
        (
            "api development",
            "apis",
            "api versioning",
            "pagination",
            "openapi",
            "api integration",
            "api frameworks",
        ),
    ),
    Topic("graphql", "GraphQL", "apis", ("graph ql", "apollo graphql", "apollo server")),
    Topic("grpc", "gRPC", "apis", ("protobuf", "protocol buffers", "proto3")),
    Topic("http", "HTTP", "networking", ("http/1.1", "http/2", "http/3", "https protocol")),
    Topic("cors", "CORS", "networking", ("cross-origin resource sharing", "same-origin policy")),
    Topic("websockets", "WebSockets and SSE", "networking", ("websocket", "server-sent events", "sse", "long polling")),
    Topic(
        "load-balancing",
        "Load balancing",
        "networking",
        ("load balancing", "load balancer", "load balancers", "nginx", "haproxy", "envoy", "reverse proxy"),
    ),
    Topic("tcp-ip", "TCP/IP", "networking", ("tcp", "tcp/ip", "udp", "networking", "networking concepts")),
    Topic("dns", "DNS", "networking"),
    Topic("tls", "TLS", "networking", ("ssl", "https", "ssl/tls")),
    # Security
    Topic(
        "security",
        "Security best practices",
        "security",
        ("security", "security best practices", "application security", "security protocols", "secure coding"),
    ),
    Topic("owasp", "OWASP Top 10", "security", ("owasp", "owasp top 10", "web security")),
    Topic(
        "auth",
        "Authentication and authorisation",
        "security",
        ("authentication", "authorization", "authorisation", "oauth", "oauth2", "jwt", "openid connect", "sso"),
    ),
    Topic("secrets", "Secrets management", "security", ("secrets", "secrets management", "vault")),
    Topic(
        "privacy",
        "Data protection and privacy",
        "security",
        ("data protection", "privacy", "gdpr", "data privacy", "data privacy regulations", "data security"),
    ),
    # Testing
    Topic(
        "testing",
        "Testing",
        "testing",
        (
            "testing frameworks",
            "automated testing",
            "test automation",
            "tdd",
            "test-driven development",
            "testing methodologies",
            "qa",
        ),
    ),
    Topic(
        "unit-testing",
        "Unit testing",
        "testing",
        ("unit tests", "unit test", "unit testing", "pytest", "junit", "jest"),
    ),
    Topic("integration-testing", "Integration testing", "testing", ("integration tests", "integration test")),
    Topic(
        "e2e-testing", "End-to-end testing", "testing", ("end-to-end testing", "e2e", "end-to-end tests", "e2e tests")
    ),
    Topic("test-doubles", "Test doubles", "testing", ("mocks", "mocking", "stubs", "fakes")),
    # Tools and delivery
    Topic(
        "git",
        "Git",
        "tools",
        ("version control", "version control (git)", "version control systems", "github", "gitlab", "source control"),
    ),
    Topic("svn", "SVN", "tools", ("subversion", "apache subversion")),
    Topic(
        "docker", "Docker", "tools", ("containerization", "containerisation", "containers", "docker compose", "podman")
    ),
    Topic("kubernetes", "Kubernetes", "tools", ("k8s", "kube", "helm", "openshift")),
    Topic("terraform", "Terraform", "tools", ("infrastructure as code", "iac", "opentofu", "hcl")),
    Topic(
        "ci-cd",
        "CI/CD",
        "tools",
        (
            "ci/cd",
            "ci/cd tools",
            "ci/cd pipelines",
            "continuous integration",
            "continuous delivery",
            "continuous deployment",
            "jenkins",
            "github actions",
            "gitlab ci",
            "circleci",
            "travis ci",
        ),
    ),
    # Cloud
    Topic("cloud", "Cloud platforms", "cloud", ("cloud", "cloud services", "cloud computing", "cloud platforms")),
    Topic(
        "aws",
        "AWS",
        "cloud",
        ("amazon web services", "amazon aws", "aws lambda", "ec2", "amazon ec2", "s3", "amazon s3", "eks"),
    ),
    Topic("azure", "Azure", "cloud", ("microsoft azure", "aks")),
    Topic("gcp", "GCP", "cloud", ("google cloud", "google cloud platform", "gcloud", "bigquery", "gke")),
    # Architecture
    Topic(
        "microservices",
        "Microservices",
        "architecture",
        ("microservice", "microservices architecture", "service-oriented architecture", "soa"),
    ),
    Topic(
        "message-queues",
        "Message queues",
        "architecture",
        (
            "message queues",
            "message queue",
            "message brokers",
            "messaging",
            "event streaming",
            "pub/sub",
            "sqs",
            "amazon sqs",
            "kinesis",
            "pulsar",
            "apache pulsar",
            "nats",
            "activemq",
        ),
    ),
    Topic("kafka", "Kafka", "architecture", ("apache kafka",)),
    Topic("rabbitmq", "RabbitMQ", "architecture", ("rabbit mq", "amqp")),
    Topic("caching", "Caching", "architecture", ("caches", "memcached", "cdn")),
    Topic(
        "performance",
        "Performance and scalability",
        "architecture",
        ("performance", "scalability", "performance optimization", "performance optimisation"),
    ),
    Topic(
        "architecture",
        "Software architecture",
        "architecture",
        (
            "software architecture",
            "system architecture",
            "architectural principles",
            "server architecture",
            "web application architectures",
            "clean architecture",
        ),
    ),
    Topic(
        "design-patterns",
        "Design patterns",
        "architecture",
        ("design patterns", "object-oriented design"),
    ),
    Topic(
        "oop",
        "Object-oriented programming",
        "fundamentals",
        ("oop", "object-oriented programming", "object oriented programming", "solid", "solid principles"),
    ),
    Topic("system-design", "System design", "architecture", ("large-scale systems",)),
    Topic(
        "distributed-systems",
        "Distributed systems",
        "architecture",
        ("distributed systems", "distributed computing", "consensus", "raft", "paxos"),
    ),
    Topic("concurrency", "Concurrency", "architecture", ("multithreading", "asynchronous programming", "parallelism")),
    Topic(
        "linux",
        "Linux and the OS",
        "fundamentals",
        ("unix", "posix", "bash", "shell scripting", "shell", "linux administration"),
    ),
    Topic(
        "algorithms",
        "Data structures and algorithms",
        "fundamentals",
        ("data structures", "algorithms", "data structures and algorithms", "dsa", "big o"),
    ),
    # Practice and leadership
    Topic("agile", "Agile", "practice", ("agile methodologies", "scrum", "kanban", "agile development")),
    Topic("code-review", "Code review", "practice", ("code reviews", "peer review")),
    Topic(
        "reliability",
        "Reliability and incident response",
        "practice",
        (
            "reliability",
            "incident response",
            "sre",
            "site reliability engineering",
            "on-call",
            "postmortems",
            "high availability",
        ),
    ),
    Topic(
        "observability",
        "Observability",
        "practice",
        (
            "monitoring",
            "logging",
            "tracing",
            "metrics",
            "prometheus",
            "grafana",
            "opentelemetry",
            "datadog",
            "splunk",
            "elk",
            "elk stack",
            "new relic",
            "sentry",
        ),
    ),
    Topic("mentoring", "Mentoring", "leadership", ("mentorship", "coaching")),
    Topic(
        "leadership",
        "Technical leadership",
        "leadership",
        ("technical leadership", "leadership", "project management", "technical decisions", "stakeholder management"),
    ),
    Topic("behavioural", "Behavioural interviews", "leadership", ("behavioral", "star method", "soft skills")),
    Topic("career", "The backend role", "career", ("career", "career path", "backend role")),
)

TOPIC_BY_SLUG: dict[str, Topic] = {topic.slug: topic for topic in TOPICS}

_ALIASES: dict[str, str] = {}
for _topic in TOPICS:
    for _name in (_topic.slug, _topic.name, *_topic.aliases):
        _ALIASES.setdefault(_name.casefold(), _topic.slug)

_SPACES = re.compile(r"\s+")


def alias_key(name: str) -> str:
    return _SPACES.sub(" ", name.strip().casefold())


def topic_for(name: str) -> str | None:
    """The topic slug a skill name stands for, or None when it is not in the vocabulary."""
    return _ALIASES.get(alias_key(name))


def resolve_topics(names: Iterable[str], known: Collection[str]) -> tuple[str, ...]:
    """The topic slugs `names` ask for ("postgres" → postgresql, "k8s" → kubernetes), each checked
    against `known` (the topics cards carry); `UnknownTopic` says which one is not there and what
    is close."""
    import difflib

    found = []
    for name in names:
        key = alias_key(name)
        slug = key if key in known else _ALIASES.get(key, key)
        if slug not in known:
            close = difflib.get_close_matches(slug, list(known), n=3)
            hint = f"did you mean {' or '.join(close)}?" if close else "see `prep packs coverage` for the topics"
            raise UnknownTopic(f"no cards on the topic {name!r}; {hint}")
        found.append(slug)
    return tuple(dict.fromkeys(found))


def alias_table() -> dict[str, str]:
    """Every known name (case-folded) → topic slug; the builder scans documents for these."""
    return dict(_ALIASES)


SEED_SKILLS: tuple[str, ...] = (
    # The skills and technologies named in the seed role documents' skills lists and
    # qualifications (see ../shared/seeds/labels.yaml), plus the curriculum's required areas.
    # Each must have bundled cards at junior and at senior level (tests/test_curriculum.py).
    "Python",
    "Java",
    "Node.js",
    "Go",
    "Ruby",
    "PHP",
    "C#",
    "Scala",
    "Django",
    "Flask",
    "Express.js",
    "Spring Boot",
    "Spring",
    "SQL",
    "PostgreSQL",
    "MySQL",
    "Database design",
    "Indexing",
    "Transactions",
    "NoSQL",
    "MongoDB",
    "Redis",
    "Cassandra",
    "REST APIs",
    "API development",
    "HTTP",
    "TCP/IP",
    "DNS",
    "TLS",
    "Security best practices",
    "OWASP Top 10",
    "Authentication",
    "Secrets management",
    "Data protection",
    "Testing",
    "Unit testing",
    "Integration testing",
    "End-to-end testing",
    "Test doubles",
    "Git",
    "SVN",
    "Docker",
    "Kubernetes",
    "CI/CD",
    "AWS",
    "Azure",
    "GCP",
    "Google Cloud",
    "Microservices",
    "Message queues",
    "Kafka",
    "RabbitMQ",
    "Caching",
    "Performance and scalability",
    "Data structures and algorithms",
    "Design patterns",
    "Software architecture",
    "Agile",
)
