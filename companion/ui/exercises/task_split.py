"""Splitting a complaint into small tasks, ticked off one by one."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.content.reframing import TaskSplitExample
from companion.ui.exercises.page import ExercisePage
from companion.ui.exercises.widgets import (
    DONE_MARK,
    FIELD_MAX_CHARS,
    OPEN_MARK,
    TaskList,
    _button,
    _caption,
)


class TaskSplitPage(ExercisePage):
    """目标分解: an example, then the agent's own checklist of small tasks."""

    def build_work(self, layout: QVBoxLayout) -> None:
        self._example_index = 0
        example_head = QHBoxLayout()
        self.example_title = _caption(self)
        self.another_button = _button(self, "anotherExample")
        example_head.addWidget(self.example_title, 1)
        example_head.addWidget(self.another_button)
        self.example = QLabel(self)
        self.example.setObjectName("taskExample")
        self.example.setWordWrap(True)
        self.example.setTextFormat(Qt.TextFormat.RichText)
        self.tasks_title = _caption(self)
        self.task_input = QLineEdit(self)
        self.task_input.setObjectName("taskInput")
        self.task_input.setMaxLength(FIELD_MAX_CHARS)
        self.tasks_title.setBuddy(self.task_input)
        self.add_button = _button(self, "addTask")
        add_row = QHBoxLayout()
        add_row.addWidget(self.task_input, 1)
        add_row.addWidget(self.add_button)
        self.tasks = TaskList(self)
        self.tasks.setObjectName("taskList")
        self.tasks.setWordWrap(True)
        self.tasks.setMinimumHeight(110)
        self.tasks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.remove_button = _button(self, "removeTask")
        list_row = QHBoxLayout()
        list_row.addWidget(self.count, 1)
        list_row.addWidget(self.remove_button)
        layout.addLayout(example_head)
        layout.addWidget(self.example)
        layout.addWidget(self.tasks_title)
        layout.addLayout(add_row)
        layout.addWidget(self.tasks, 1)
        layout.addLayout(list_row)
        self.another_button.clicked.connect(self._another_example)
        self.add_button.clicked.connect(self.add_task)
        self.task_input.returnPressed.connect(self.add_task)
        self.remove_button.clicked.connect(self.remove_task)
        self.tasks.delete_pressed.connect(self.remove_task)
        self.tasks.itemChanged.connect(lambda _item: self._update_count())
        self.tasks.currentRowChanged.connect(lambda _row: self._update_count())

    def work_focus(self) -> QWidget:
        return self.task_input

    def task_items(self) -> list[tuple[str, bool]]:
        items = []
        for row in range(self.tasks.count()):
            item = self.tasks.item(row)
            items.append((item.text(), item.checkState() == Qt.CheckState.Checked))
        return items

    def add_task(self) -> None:
        text = " ".join(self.task_input.text().split())
        if not text:
            return
        item = QListWidgetItem(text)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        self.tasks.addItem(item)
        self.tasks.setCurrentItem(item)
        self.task_input.clear()
        self._update_count()

    def remove_task(self) -> None:
        row = self.tasks.currentRow()
        if row < 0:
            return
        self.tasks.takeItem(row)
        if self.tasks.count():
            self.tasks.setCurrentRow(min(row, self.tasks.count() - 1))
        else:
            self.task_input.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_count()

    def _another_example(self) -> None:
        examples = self._examples()
        if examples:
            self._example_index = (self._example_index + 1) % len(examples)
        self._show_example()

    def _examples(self) -> list[TaskSplitExample]:
        found = self.exercise.examples if self.exercise else ()
        return [e for e in found if isinstance(e, TaskSplitExample)]

    def _show_example(self) -> None:
        examples = self._examples()
        if not examples:
            self.example.clear()
            return
        example = examples[self._example_index % len(examples)]
        tasks = "".join(f"<li>{html.escape(task)}</li>" for task in example.tasks)
        self.example.setText(
            f"<p style='margin: 0 0 4px 0;'><i>“{html.escape(example.complaint)}”</i></p>"
            f"<ol style='margin: 0; -qt-list-indent: 1;'>{tasks}</ol>"
        )
        self.another_button.setEnabled(len(examples) > 1)

    def details(self) -> str:
        return "\n".join(
            f"{DONE_MARK if done else OPEN_MARK} {text}" for text, done in self.task_items()
        )

    def recap_text(self) -> str:
        items = self.task_items()
        if not items:
            return super().recap_text()
        done = sum(1 for _text, ticked in items if ticked)
        return (
            self.tr("%1 of %2 small tasks done.")
            .replace("%1", str(done))
            .replace("%2", str(len(items)))
        )

    def reset_work(self) -> None:
        self.tasks.clear()
        self.task_input.clear()
        self._example_index = 0
        self._show_example()
        self._update_count()

    def _update_count(self) -> None:
        items = self.task_items()
        done = sum(1 for _text, ticked in items if ticked)
        if items:
            self.count.setText(
                self.tr("%1 of %2 done · Space ticks, Delete removes")
                .replace("%1", str(done))
                .replace("%2", str(len(items)))
            )
        else:
            self.count.setText(self.tr("No tasks yet: type one above and press Enter."))
        self.remove_button.setEnabled(self.tasks.currentRow() >= 0)

    def retranslate_work(self) -> None:
        self.example_title.setText(self.tr("An example"))
        self.another_button.setText(self.tr("Another e&xample"))
        self.another_button.setAccessibleName(self.tr("Show another example"))
        self.example.setAccessibleName(self.tr("Example complaint and its small tasks"))
        self.tasks_title.setText(self.tr("Your small &tasks"))
        self.task_input.setAccessibleName(self.tr("New task"))
        self.task_input.setPlaceholderText(
            self.tr("Something you can start in the next few minutes, then Enter")
        )
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add the task"))
        self.tasks.setAccessibleName(self.tr("Your tasks"))
        self.count.setAccessibleName(self.tr("Tasks done"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen task"))
        self._show_example()
        self._update_count()
