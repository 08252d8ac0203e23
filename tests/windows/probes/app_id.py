"""Companion's AppUserModelID: set through its own start-up call, read back from the process
(shell32's GetCurrentProcessExplicitAppUserModelID, whose HRESULT is reported too: Wine 8
implements the setter and leaves the getter a stub answering E_NOTIMPL)."""

import ctypes
import json

from companion.platform import app_id

before = app_id.current_app_user_model_id()
took = app_id.set_app_user_model_id()
found = ctypes.c_wchar_p()
result = app_id._shell32().GetCurrentProcessExplicitAppUserModelID(ctypes.byref(found))
print(
    json.dumps(
        {
            "before": before,
            "took": took,
            "after": app_id.current_app_user_model_id(),
            "get_result": result & 0xFFFFFFFF,
            "expected": app_id.APP_USER_MODEL_ID,
        }
    )
)
