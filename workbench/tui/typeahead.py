"""Keys typed ahead of the screen: held while a screen is on its way, then applied in order.

A terminal delivers a fast analyst's keys (or a paste, or keys typed on a loaded machine) in
one burst. Textual sends each key to whatever has focus when the app reads it: `j c 3 text`
opened the check form on the claim the cursor was leaving, and the digit and the text went to
the table, because the form was not up yet. Here a key that opens a screen (or saves a form
whose save moves the cursor) starts a *hold*: the keys read after it are kept, and replayed
through Textual's own dispatch once the screen is up (or the save is done), as if the analyst
had waited. A hold is shared (`hold_keys` / `release_keys`): the keys come back when every
part that took it has let go; a safety timer gives them back if something never does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import events, on
from textual.app import App
from textual.message import Message
from textual.message_pump import MessagePump

HOLD_LIMIT = 15.0
"""Seconds after which held keys are given back whatever happened (a screen that never came
up must not leave the app deaf)."""


@dataclass
class KeysHandled(Message):
    """Posted to the focused widget behind the keys already sent to it; it follows the path
    a key takes (the widget, its screen, the app), so it reaches the app once those keys
    have run, bindings included. Then `then` runs."""

    then: Callable[[], None]


class KeysReleased(Message):
    """The hold is over: replay the keys held, in order, from the app's queue."""


class TypeAheadApp(App):
    """An app that can hold the keys typed while a screen is on its way."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.wb_held: list[events.Key] | None = None
        """Keys read during a hold, oldest first (None: no hold)."""
        self.wb_hold_shares = 0
        """How many parts still hold the keys (the opening key, a save on its way)."""
        self.wb_hold_token = 0
        """Which hold this is: a late release of an older hold leaves a newer one alone."""

    # -- the hold ---------------------------------------------------------------------------
    def hold_keys(self) -> int:
        """Start holding the keys read from now on (or take a share of the hold going on);
        returns the hold's token, to give to `release_keys`."""
        if self.wb_held is None:
            self.wb_held = []
            self.wb_hold_shares = 0
            self.wb_hold_token += 1
            token = self.wb_hold_token
            self.set_timer(HOLD_LIMIT, lambda: self._release_all(token))
        self.wb_hold_shares += 1
        return self.wb_hold_token

    def share_hold(self) -> int | None:
        """A share of the hold going on, if there is one (a save started from a form that
        was saved while keys were held)."""
        return self.hold_keys() if self.wb_held is not None else None

    def release_keys(self, token: int | None) -> None:
        """Give back one share of hold `token`; the last one replays the keys held."""
        if token is None or token != self.wb_hold_token or self.wb_held is None:
            return
        self.wb_hold_shares -= 1
        if self.wb_hold_shares <= 0:
            self.post_message(KeysReleased())

    def _release_all(self, token: int) -> None:
        if token == self.wb_hold_token and self.wb_held is not None:
            self.wb_hold_shares = 0
            self.post_message(KeysReleased())

    def after_keys(self, then: Callable[[], None]) -> None:
        """Run `then` once every key read before now has been handled (a cursor move typed
        just before the key that opens a form is done before the form opens)."""
        target = self.focused or self.screen
        target.post_message(KeysHandled(then))

    @property
    def holding_keys(self) -> bool:
        return self.wb_held is not None

    # -- dispatch ---------------------------------------------------------------------------
    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self.wb_held is not None:
                self.wb_held.append(event)
                return
            if await self._edit_key_in_order(event):
                return
        await super().on_event(event)

    async def _edit_key_in_order(self, key: events.Key) -> bool:
        """Run a text box's own editing key (backspace, delete, arrows...) in the box's queue,
        behind the characters typed before it.

        Textual inserts a character in the box that has focus, but runs a key bound by the box
        only once the key has bubbled up to the app: in a burst, the characters typed after a
        backspace overtook it ("abcdefghij", ten backspaces and "ABCDEFGHIJ" left
        "abcdefgABC"). Priority bindings still come first, as Textual checks them."""
        box = self.focused
        if box is None or key.is_printable:
            return False
        from textual.widgets import Input, TextArea  # not before the first paint

        if not isinstance(box, Input | TextArea):
            return False
        own = box._bindings.key_to_bindings.get(key.key, ())
        if not any(not binding.priority for binding in own):
            return False
        if await self._check_bindings(key.key, priority=True):
            return True
        box.call_later(self._on_key, key)  # what the app does with a key bubbled up to it
        return True

    @on(KeysHandled)
    def _keys_handled(self, message: KeysHandled) -> None:
        message.stop()
        message.then()

    @on(KeysReleased)
    async def _replay(self) -> None:
        """The held keys, through the same dispatch as a key just read; a key that starts a
        new hold (it opens another form) keeps the ones after it for that hold."""
        if self.wb_held is None or self.wb_hold_shares > 0:
            return  # released twice, or held again since
        held, self.wb_held = self.wb_held, None
        while held:
            key = held.pop(0)
            await super().on_event(key)
            if self.wb_held is not None:
                self.wb_held[:0] = held
                return


def hold_keys(node: MessagePump) -> int | None:
    """`TypeAheadApp.hold_keys` from a screen or widget (None in an app that cannot hold)."""
    app = node.app
    return app.hold_keys() if isinstance(app, TypeAheadApp) else None


def release_keys(node: MessagePump, token: int | None) -> None:
    """`TypeAheadApp.release_keys` from a screen or widget."""
    app = node.app
    if isinstance(app, TypeAheadApp):
        app.release_keys(token)


class OpenedByKey:
    """A screen a key opens while holding what is typed next (a form, the matches): once
    it is up it calls `welcome_keys`, and those keys come to it."""

    wb_opening: int | None = None
    """The hold its opener left to it."""


def welcome_keys(screen: MessagePump) -> None:
    """Called once a screen opened by a key is up (its first field focused): the keys typed
    after that key come back, to it."""
    if isinstance(screen, OpenedByKey):
        token, screen.wb_opening = screen.wb_opening, None
        release_keys(screen, token)
