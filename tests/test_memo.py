"""The per-process memory shared by cards, pictures, addresses, indexes, masthead and plans."""

from __future__ import annotations

from newsroom.memo import Memo


def test_the_least_recently_used_entry_is_forgotten_first():
    memo: Memo[str] = Memo(2)
    memo.put("a", "A")
    memo.put("b", "B")
    assert memo.get("a") == "A"  # "b" is now the least recently used
    memo.put("c", "C")
    assert (memo.get("a"), memo.get("b"), memo.get("c")) == ("A", None, "C")
    assert len(memo) == 2
    memo.clear()
    assert (len(memo), memo.get("a")) == (0, None)


def test_put_gives_back_what_it_keeps():
    memo: Memo[tuple[int, int]] = Memo(1)
    assert memo.put(("k",), (1, 2)) == (1, 2)
    assert memo.get(("k",)) == (1, 2)


def test_a_settings_bound_memory_is_forgotten_when_a_setting_changes():
    from django.test.utils import override_settings

    bound, plain = Memo[str](4, settings_bound=True), Memo[str](4)
    bound.put("key", "value")
    plain.put("key", "value")
    with override_settings(NEWSROOM_PUBLISHER="Another Daily"):
        assert bound.get("key") is None
        bound.put("key", "inside")
    assert bound.get("key") is None  # forgotten again on the way out
    assert plain.get("key") == "value"
