/* A stand-in for Windows 10's system icuuc.dll, which Wine 8 does not have.
 *
 * Qt 6.10+ (Qt6Core.dll) imports these ICU converter functions from it for QStringConverter's
 * legacy encodings. Companion uses UTF-8 and UTF-16 only, which Qt converts itself, so every
 * converter here reports "not available": ucnv_open fails with U_FILE_ACCESS_ERROR and the
 * list of converters is empty. Built by tests/windows/harness.py with x86_64-w64-mingw32-gcc
 * into the Wine prefix's system32; never shipped. */
#include <stddef.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

static void fail(UErrorCode *error) {
    if (error != NULL && *error <= 0) *error = U_FILE_ACCESS_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *error) { (void)name; fail(error); return NULL; }
EXPORT void ucnv_close(void *converter) { (void)converter; }
EXPORT void ucnv_reset(void *converter) { (void)converter; }
EXPORT signed char ucnv_getMaxCharSize(const void *converter) { (void)converter; return 1; }
EXPORT const char *ucnv_getName(const void *converter, UErrorCode *error) { (void)converter; fail(error); return NULL; }
EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *error) {
    (void)name; (void)standard; fail(error); return NULL;
}
EXPORT void ucnv_getToUCallBack(const void *c, void **action, const void **context) {
    (void)c; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const void *c, void **action, const void **context) {
    (void)c; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_setToUCallBack(void *c, void *a, const void *ctx, void **oa, const void **octx, UErrorCode *error) {
    (void)c; (void)a; (void)ctx; if (oa) *oa = NULL; if (octx) *octx = NULL; fail(error);
}
EXPORT void ucnv_setFromUCallBack(void *c, void *a, const void *ctx, void **oa, const void **octx, UErrorCode *error) {
    (void)c; (void)a; (void)ctx; if (oa) *oa = NULL; if (octx) *octx = NULL; fail(error);
}
EXPORT void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int *o, signed char f, UErrorCode *error) {
    (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(error);
}
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int *o, signed char f, UErrorCode *error) {
    (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(error);
}
EXPORT int ucnv_toUCountPending(const void *c, UErrorCode *error) { (void)c; fail(error); return 0; }
EXPORT int ucnv_fromUCountPending(const void *c, UErrorCode *error) { (void)c; fail(error); return 0; }
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int length, int offset, UErrorCode *error) {
    (void)args; (void)source; (void)length; (void)offset; fail(error);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *limit, int offset, UErrorCode *error) {
    (void)args; (void)source; (void)limit; (void)offset; fail(error);
}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *ctx, void *args, const void *u, int l, int cp, int reason, UErrorCode *error) {
    (void)ctx; (void)args; (void)u; (void)l; (void)cp; (void)reason; fail(error);
}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *ctx, void *args, const char *b, int l, int reason, UErrorCode *error) {
    (void)ctx; (void)args; (void)b; (void)l; (void)reason; fail(error);
}
