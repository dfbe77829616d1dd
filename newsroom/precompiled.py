"""Public-page queries turned into SQL once per process, then run again with new values.

A page's queries have the same shape on every request; only their values change (a slug, the
time, a few ids). Building a queryset and compiling it to SQL is most of what the ORM costs a
request: `filter()` chains, lookups, joins, column lists, quoting — thousands of Python calls
per query, done again to produce the same text. `precompiled` does that once per shape:

    @precompiled
    def live_by_slug(slug: str, at: datetime) -> QuerySet[Article]:
        return Article.objects.live(at).filter(slug=slug)[:1]

    articles = live_by_slug(slug="budget-vote", at=timezone.now())   # a list of Article

The first call builds the queryset with stand-in values ("sentinels"), compiles it, and notes
where each stand-in landed among the SQL's parameters. Every later call with values of the same
kinds (and lists of the same lengths) binds the new values at those places, runs the SQL through
Django's cursor (so query logging, execute wrappers and the query-count tests see it), and turns
the rows into model instances the way Django's own `ModelIterable` does, `select_related`
objects and annotations included.

It is used on PostgreSQL only, where Django passes these values to the driver unchanged. Other
databases (SQLite in development and the demo) run the queryset as usual. A value that the ORM
would transform or write into the SQL text (a `LIKE` pattern, a slice bound, `None`) cannot be a
parameter: the first call raises `PrecompileError` instead of running a query that could differ
from the ORM's. The tests run every precompiled query against the ORM's own answer.

A builder hands its values to the ORM as they are: it must not compute with them or choose
between querysets by them (values that change the query's shape — a limit, an ordering — are
keyword-only parameters, which are constants). Two sets of stand-ins catch a computed value,
and the first call's real values are compiled too and must give the plan's very SQL, which
catches a branch taken differently for them.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Generic, TypeVar

from django.conf import settings
from django.db import connections
from django.db.models import Model, QuerySet, prefetch_related_objects
from django.db.models.base import ModelState
from django.db.models.fields.files import FileDescriptor, ImageField, ImageFileDescriptor
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.query import ModelIterable, RelatedPopulator, get_related_populators
from django.db.models.query_utils import DeferredAttribute
from django.db.models.signals import post_init, pre_init

from newsroom.memo import Memo

M = TypeVar("M", bound=Model)

_STRING_MARK = "\ue000"  # a private-use character: no real slug or code contains it
# Two sets of stand-ins, compiled both, which must give the same SQL and the same constants: a
# constant that happened to equal a stand-in of one set cannot equal the other's, and a value
# the builder derived from a stand-in (`at - timedelta(days=2)`, `article_id + 1`) differs
# between them. The sets step differently, so one stand-in plus a small number is never
# another in both. Integers stay positive and within a small integer's range (the ORM answers
# an out-of-range lookup without SQL).
_INT_BASES = (29_000, 31_000)
_STEPS = (1, 7)
_EPOCHS = (datetime(1900, 1, 1, tzinfo=UTC), datetime(1901, 6, 1, tzinfo=UTC))
# Plans kept per builder: one per shape (list lengths, constants), a few dozen on a real page;
# past this many the least recently used is forgotten, so that no caller (a crawler going
# through every page of a listing) can grow them without end.
MAX_PLANS = 256


class PrecompileError(TypeError):
    """The queryset cannot be run with bound values: the ORM would not pass one as is."""


def _kind(value: object) -> str:
    if isinstance(value, bool) or value is None:
        raise PrecompileError(
            f"{value!r} changes the SQL's shape; pass it to the builder as a constant"
        )
    if isinstance(value, str):
        return "str"
    if isinstance(value, int):
        return "int"
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise PrecompileError("naive datetimes are not bound; pass an aware one")
        return "datetime"
    if isinstance(value, list | tuple):
        kinds = {_kind(item) for item in value}
        if len(kinds) > 1:
            raise PrecompileError("a list's values must be of one kind")
        return f"list[{kinds.pop() if kinds else 'int'}]:{len(value)}"
    raise PrecompileError(f"values of type {type(value).__name__} are not bound")


def _sentinel(kind: str, number: int, variant: int) -> object:
    if kind == "str":
        return f"{_STRING_MARK}{variant}:{number}{_STRING_MARK}"
    if kind == "int":
        return _INT_BASES[variant] + number * _STEPS[variant]
    return _EPOCHS[variant] + timedelta(seconds=number * _STEPS[variant], microseconds=7)


# Descriptors whose `__set__` on a new instance only stores the value in its `__dict__`.
_PLAIN_DESCRIPTORS = (
    type(None),
    DeferredAttribute,
    ForeignKeyDeferredAttribute,
    FileDescriptor,
    ImageFileDescriptor,
)


class _Maker:
    """Builds one model's instances from a row's values exactly as `Model.from_db` would.

    `Model.__init__` sets each field through `setattr` and sends two signals; for a model that
    overrides neither `__init__` nor `from_db`, whose fields' descriptors only store the value,
    the same instance is its values written into its `__dict__` (a deferred field is one that
    is absent), a `ModelState` saying where it came from, and `post_init` for its receivers.
    A model with `pre_init` receivers, or any other, is built by `from_db` itself.
    """

    def __init__(self, model: type[Model], init_list: Sequence[str], alias: str):
        self.model, self.init_list, self.alias = model, tuple(init_list), alias
        after_model = model.__mro__[model.__mro__.index(Model) + 1 :]
        self.plain = (
            model.__init__ is Model.__init__
            and not any("__init__" in vars(base) for base in after_model if base is not object)
            and model.__setattr__ is object.__setattr__
            and model.from_db.__func__ is Model.from_db.__func__  # type: ignore[attr-defined]
            and all(
                type(inspect.getattr_static(model, name, None)) in _PLAIN_DESCRIPTORS
                for name in self.init_list
            )
        )

    def builder(self) -> Callable[[Sequence[Any]], Model]:
        """How this run builds instances (receivers can be connected at any time)."""
        model, alias, init_list = self.model, self.alias, self.init_list
        if not self.plain or pre_init.has_listeners(model):
            return functools.partial(model.from_db, alias, init_list)
        signal = post_init.has_listeners(model)
        # The image fields' own receivers do nothing for a row whose file and dimensions are
        # all stored (they read the dimensions only when one is missing): their signal is
        # sent only for the rows where they would (a tenth of an article page's CPU was
        # spent sending it to no effect). Any other receiver gets every instance.
        checks = _dimension_checks(model, init_list) if signal else None

        def build(values: Sequence[Any]) -> Model:
            obj = model.__new__(model)
            state = ModelState()
            state.adding, state.db = False, alias
            obj.__dict__.update(zip(init_list, values, strict=True))
            obj._state = state
            if signal and (
                checks is None
                or not all(values[file] and values[w] and values[h] for file, w, h in checks)
            ):
                post_init.send(sender=model, instance=obj)
            return obj

        return build


def _dimension_checks(
    model: type[Model], init_list: Sequence[str]
) -> list[tuple[int, int, int]] | None:
    """Where each image field's file, width and height sit in a row, when the model's only
    `post_init` receivers are its image fields' dimension updates (else None)."""
    receivers = post_init._live_receivers(model)[0]  # type: ignore[attr-defined]
    checks = []
    for receiver in receivers:
        field = getattr(receiver, "__self__", None)
        if not (
            isinstance(field, ImageField)
            and getattr(receiver, "__func__", None) is ImageField.update_dimension_fields
            and field.model is model
        ):
            return None
        # (django-stubs do not declare the dimension fields' names)
        names = (
            field.attname,
            getattr(field, "width_field", None),
            getattr(field, "height_field", None),
        )
        if not all(name in init_list for name in names):
            return None
        checks.append(
            (init_list.index(names[0]), init_list.index(names[1]), init_list.index(names[2]))
        )
    return checks


class _Related:
    """One `select_related` object of a row: Django's `RelatedPopulator` with a `_Maker`."""

    def __init__(self, populator: RelatedPopulator):
        self.populator = populator
        self.maker = _Maker(populator.model_cls, populator.init_list, populator.db)
        self.related = [_Related(inner) for inner in populator.related_populators]

    def makers(self) -> list[_Maker]:
        return [self.maker, *(maker for inner in self.related for maker in inner.makers())]

    def populate(
        self, row: Sequence[Any], from_obj: Model, builders: dict[_Maker, Callable[..., Model]]
    ) -> None:
        populator = self.populator
        if populator.reorder_for_init:
            values = populator.reorder_for_init(row)
        else:
            values = row[populator.cols_start : populator.cols_end]
        obj = None
        if values[populator.pk_idx] is not None:
            obj = builders[self.maker](values)
            for inner in self.related:
                inner.populate(row, obj, builders)
        populator.local_setter(from_obj, obj)
        if obj is not None:
            populator.remote_setter(obj, from_obj)


class _Plan:
    """One shape of a query: its SQL, its parameters, and how to rebuild rows into objects."""

    def __init__(self, queryset: QuerySet[Any], sentinels: dict[object, tuple[str, int | None]]):
        if queryset._iterable_class is not ModelIterable:
            raise PrecompileError("only querysets of model instances are precompiled")
        if queryset._known_related_objects:  # type: ignore[attr-defined]
            raise PrecompileError("querysets reached from a related manager are not precompiled")
        self.alias = queryset.db
        compiler = queryset.query.get_compiler(using=self.alias)
        sql, params = compiler.as_sql()
        self.sql: str = sql
        self.params: list[Any] = list(params)
        self.slots: list[tuple[int, str, int | None]] = []
        found: set[object] = set()
        for index, param in enumerate(self.params):
            # The sentinels' kinds never compare equal to one another (nor to True or False).
            place = sentinels.get(param) if isinstance(param, str | int | datetime) else None
            if place is not None and not isinstance(param, bool):
                self.slots.append((index, *place))
                found.add(param)
            elif isinstance(param, str) and _STRING_MARK in param:
                raise PrecompileError(f"a value was transformed by the ORM: {param!r}")
        self.slot_indexes = {index for index, _, _ in self.slots}
        missing = [sentinels[s][0] for s in sentinels if s not in found]
        if missing:
            raise PrecompileError(f"not SQL parameters (written into the text?): {missing}")
        if _STRING_MARK in sql:
            raise PrecompileError("a value was written into the SQL text")
        self.prefetch = list(queryset._prefetch_related_lookups)  # type: ignore[attr-defined]
        self.col_count = compiler.col_count if compiler.has_extra_select else None
        select, klass_info = compiler.select, compiler.klass_info
        if klass_info is None:
            raise PrecompileError("the queryset selects no model")
        self.model: type[Model] = klass_info["model"]
        fields = klass_info["select_fields"]
        self.start, self.end = fields[0], fields[-1] + 1
        self.init_list = [column[0].target.attname for column in select[self.start : self.end]]
        self.maker = _Maker(self.model, self.init_list, self.alias)
        # (django-stubs describe a later Django, whose version takes a fetch mode)
        populators = get_related_populators(klass_info, select, self.alias)  # type: ignore[call-arg]
        self.related = [_Related(populator) for populator in populators]
        self.makers = [
            self.maker,
            *(maker for related in self.related for maker in related.makers()),
        ]
        self.annotations = list(compiler.annotation_col_map.items())
        self.converters = list(
            compiler.get_converters(
                [column[0] for column in select[0 : compiler.col_count]]
            ).items()
        )

    def bind(self, values: dict[str, Any]) -> list[Any]:
        params = list(self.params)
        for index, name, item in self.slots:
            params[index] = values[name] if item is None else values[name][item]
        return params

    def run(self, values: dict[str, Any]) -> list[Any]:
        params = self.bind(values)
        connection = connections[self.alias]
        prepared = getattr(settings, "NEWSROOM_PREPARED_QUERIES", False)
        if prepared:
            rows = _run_prepared(connection, self.sql, params)
        else:
            with connection.cursor() as cursor:
                cursor.execute(self.sql, params)
                rows = cursor.fetchall()
        builders = {maker: maker.builder() for maker in self.makers}
        build = builders[self.maker]
        objects = []
        for fetched in rows:
            row = list(fetched[: self.col_count] if self.col_count else fetched)
            for position, (functions, expression) in self.converters:
                value = row[position]
                for convert in functions:
                    value = convert(value, expression, connection)
                row[position] = value
            obj = build(row[self.start : self.end])
            for related in self.related:
                related.populate(row, obj, builders)
            for name, position in self.annotations:
                setattr(obj, name, row[position])
            objects.append(obj)
        if self.prefetch and objects:
            prefetch_related_objects(objects, *self.prefetch)
        return objects


def _preparing_cursor(connection: Any) -> Any:
    """Django's cursor on `connection`, sending parameters apart from the SQL (PostgreSQL), and
    having psycopg prepare a statement from its second run on the connection.

    The site's other statements are bound client-side, as Django binds them by default, and
    never prepared; PostgreSQL runs the prepared ones by their generic plan (settings.py). A
    one-off shape (a far page of a listing) is not prepared.

    One cursor per driver connection serves every precompiled statement: making a cursor (the
    driver's and Django's wrapper) cost as much as a third of running the statement. It is made
    again whenever the driver connection is a new one, or query logging was switched on or off
    (Django wraps a logging cursor apart). Each statement still goes through Django's
    `execute`: its wrappers, its logging, its error translation and its checks of the
    transaction's state.
    """
    from django.db.backends.postgresql.base import ServerBindingCursor

    connection.close_if_health_check_failed()
    connection.ensure_connection()
    driver = connection.connection
    logged = connection.queries_logged
    held = getattr(connection, "_precompiled_cursor", None)
    if held is not None and held[0] is driver and held[1] is logged and not held[2].closed:
        connection.validate_thread_sharing()
        return held[2]
    factory, driver.cursor_factory = driver.cursor_factory, ServerBindingCursor
    try:
        cursor = connection.cursor()
    finally:
        driver.cursor_factory = factory
    connection._precompiled_cursor = (driver, logged, cursor)
    return cursor


def _run_prepared(connection: Any, sql: str, params: list[Any]) -> list[Any]:
    cursor = _preparing_cursor(connection)
    driver = connection.connection
    threshold, driver.prepare_threshold = driver.prepare_threshold, 1
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()  # type: ignore[no-any-return]
    finally:
        driver.prepare_threshold = threshold


Shape = tuple[tuple[tuple[str, str], ...], tuple[tuple[str, Any], ...]]


class Precompiled(Generic[M]):
    """A queryset builder run as precompiled SQL; see the module's docstring.

    The builder's keyword-only parameters are constants: each value is a shape of its own
    (a slice bound, a flag), passed to the builder as given.
    """

    def __init__(self, build: Callable[..., QuerySet[M]]):
        self.build = build
        self.constants = {
            name
            for name, parameter in inspect.signature(build).parameters.items()
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY
        }
        self.plans: Memo[_Plan] = Memo(MAX_PLANS)
        functools.update_wrapper(self, build)

    def __call__(self, **values: Any) -> list[M]:
        if not getattr(settings, "NEWSROOM_PRECOMPILED_QUERIES", True) or any(
            isinstance(value, list | tuple) and not value for value in values.values()
        ):
            return list(self.build(**values))  # an empty list: the ORM answers without a query
        constants = tuple(sorted((k, v) for k, v in values.items() if k in self.constants))
        bound = {k: v for k, v in values.items() if k not in self.constants}
        shape = (tuple(sorted((name, _kind(value)) for name, value in bound.items())), constants)
        plan = self.plans.get(shape)
        if plan is None:
            queryset = self.build(**values)
            if connections[queryset.db].vendor != "postgresql":
                return list(queryset)
            plan = self._plan(shape)
            # The first values too must give exactly the ORM's own SQL and parameters (a
            # builder that branches on a value would not).
            sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
            if (sql, list(params)) != (plan.sql, plan.bind(bound)):
                raise PrecompileError("the builder's SQL depends on its values' contents")
            self.plans.put(shape, plan)
        return plan.run(bound)  # type: ignore[return-value]

    def _plan(self, shape: Shape) -> _Plan:
        plan, other = (self._compile(shape, variant) for variant in (0, 1))
        constants = [p for i, p in enumerate(plan.params) if i not in plan.slot_indexes]
        others = [p for i, p in enumerate(other.params) if i not in other.slot_indexes]
        if (plan.sql, plan.slots, constants) != (other.sql, other.slots, others):
            raise PrecompileError("a value of the query could not be told from a constant")
        return plan

    def _compile(self, shape: Shape, variant: int) -> _Plan:
        kinds, constants = shape
        sentinels: dict[object, tuple[str, int | None]] = {}
        stand_ins: dict[str, Any] = dict(constants)
        for name, kind in kinds:
            if kind.startswith("list["):
                item_kind, length = kind[5:].split("]:")
                items = []
                for item in range(int(length)):
                    sentinel = _sentinel(item_kind, len(sentinels) + 1, variant)
                    sentinels[sentinel] = (name, item)
                    items.append(sentinel)
                stand_ins[name] = items
            else:
                sentinel = _sentinel(kind, len(sentinels) + 1, variant)
                sentinels[sentinel] = (name, None)
                stand_ins[name] = sentinel
        return _Plan(self.build(**stand_ins), sentinels)

    def queryset(self, **values: Any) -> QuerySet[M]:
        """The ORM's queryset for these values (what the tests compare against)."""
        return self.build(**values)


def precompiled(build: Callable[..., QuerySet[M]]) -> Precompiled[M]:
    return Precompiled(build)


def first(objects: Sequence[M]) -> M | None:
    return objects[0] if objects else None


class CountedRows(Generic[M]):
    """A listing for Django's `Paginator` whose size is already known: a page is one query.

    `fetch(offset, limit)` returns the rows of a page (a precompiled builder taking the two as
    constants, typically). Paginating a queryset costs a `COUNT` query the page's own query
    could have answered alongside another (the listing's section, tag or author).
    """

    def __init__(self, total: int, fetch: Callable[[int, int], list[M]]):
        self.total = total
        self.fetch = fetch

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, key: slice) -> list[M]:
        if not isinstance(key, slice) or key.step is not None:
            raise TypeError("a listing is read a page at a time")
        start = key.start or 0
        stop = self.total if key.stop is None else min(key.stop, self.total)
        return self.fetch(start, stop - start) if stop > start else []
