"""The app's features, each wired to the data and the events: the composition root
(`companion.app`) makes them and connects them to the tray and to each other.

- `breaks`: the break driver, its notice and window, the idle and microphone probes.
- `mood`: the quick log (and its global shortcut), the mood log and the trends.
- `reframing`: the thought-record wizard, the records, practice, exercises, a breathing minute
  and the offer of support after a hard call.
- `wellbeing`: the end-of-shift summary, the log reminder, the weekly check-in, my plan and
  *Where to turn*.
- `settings`: the settings window, and what applying, exporting and erasing do.
- `live_settings`: the settings in force kept in step with the file: `companion config set`
  and `config get` through the instance socket, and a hand edit of the file.
- `welcome`: the welcome on a first start (where Companion lives, the shift, the first break).
- `team`: sharing with the team from the tray: the "Your team" tab's service, `companion team
  sync` started in its own process after each shift day while sharing is on (the rules in
  `domain.team_sync`), and the Team window's menu entry.
- `routes`: the keyboard's way to the windows: the global keys that open the mood log, the
  trends and the settings, and `companion open`.

Each is given `Services`: what every feature shares.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.content.shipped import ShippedContent
    from companion.domain.clock import Clock
    from companion.services.data_service import AppData
    from companion.services.events import AppEvents
    from companion.services.settings_service import SettingsKeeper
    from companion.settings import Settings
    from companion.ui.i18n import Speech
    from companion.ui.notices import Notices


@dataclass(frozen=True, slots=True)
class Services:
    clock: Clock
    events: AppEvents
    speech: Speech  # the language in force, and each change of it
    data: AppData  # the journal and the full store
    keeper: SettingsKeeper  # the settings in force
    content: ShippedContent
    notices: Notices

    @property
    def settings(self) -> Settings:
        return self.keeper.settings
