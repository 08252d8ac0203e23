"""What Companion asks of the operating system, one adapter a file, each with its Linux (X11),
Windows and macOS backends: time away from the keyboard (`idle`), a microphone in use
(`microphone`), the global quick-log shortcut (`hotkey`), and the menu and login entries
(`desktop`). Idle time on Wayland comes from the desktop itself: `idle_mutter` (GNOME),
`idle_kde` (KDE Plasma), `idle_swayidle` (wlroots compositors, through `wayland_globals` and a
swayidle child), over the session bus of `qt_dbus`. Each says plainly when it cannot work here,
so the rest of Companion can go on."""
