"""The app's style sheet: calm, readable, the same in both languages."""

STYLE_SHEET = """
QLabel#title { font-size: 15px; font-weight: 600; }
QLabel#hint { color: palette(placeholder-text); font-size: 11px; }
QLabel[over="true"] { color: #b3261e; font-weight: 600; }
QLabel#error { color: #b3261e; font-weight: 600; }
QPushButton#chip {
    border: 1px solid palette(mid); border-radius: 13px; padding: 4px 12px; min-height: 18px;
}
QPushButton#chip:checked { background: #2c7bb6; color: white; border-color: #1f5f8f; }
QPushButton#chip:focus, QPushButton#stressButton:focus { outline: none; border: 2px solid #e08e0b; }
QPushButton#stressButton { border-radius: 4px; border: 1px solid palette(mid); font-weight: 600; }
"""
