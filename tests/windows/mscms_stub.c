/* A stand-in for mscms.dll (colour management) in the Wine prefix; never shipped.
 *
 * Qt's Windows platform plugin (qwindows.dll) asks it for each screen's colour profile. Wine 8
 * leaves WcsCreateIccProfile unimplemented, and calling it ends the process. Here every screen
 * simply has no profile, which Qt treats as sRGB, as on a PC with none installed. Built by
 * tests/windows/harness.py with x86_64-w64-mingw32-gcc and preferred over Wine's own copy
 * (WINEDLLOVERRIDES mscms=n,b). */
#include <windows.h>

__declspec(dllexport) HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation) {
    (void)profile; (void)access; (void)share; (void)creation;
    SetLastError(ERROR_FILE_NOT_FOUND);
    return NULL;
}
__declspec(dllexport) BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
__declspec(dllexport) HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options) {
    (void)profile; (void)options;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size) {
    (void)profile; (void)buffer; if (size) *size = 0;
    SetLastError(ERROR_INVALID_HANDLE);
    return FALSE;
}
