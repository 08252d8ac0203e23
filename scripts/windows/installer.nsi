; Companion's per-user Windows installer (NSIS 3, 64-bit, Unicode). No administrator rights: it installs
; into %LOCALAPPDATA%\Programs\Companion, adds a Start-menu entry and an entry in Settings >
; Apps, and offers start at login (the same Run-key value Companion's own setting writes).
;
; Built by scripts/build_windows.py (under Wine on Linux, or on Windows):
;     makensis -DVERSION=0.1.0 -DBUNDLE=dist\companion -DICON=resources\icons\companion.ico
;              -DOUTFILE=dist\Companion-0.1.0-setup.exe scripts\windows\installer.nsi
;
; For IT roll-out:
;     Companion-0.1.0-setup.exe /S                  silent; starts at login
;     Companion-0.1.0-setup.exe /S /AUTOSTART=0     silent; does not start at login
;     Companion-0.1.0-setup.exe /S /D=C:\Path       another folder (/D comes last, no quotes)
;     "%LOCALAPPDATA%\Programs\Companion\uninstall.exe" /S               keeps the user's data
;     "%LOCALAPPDATA%\Programs\Companion\uninstall.exe" /S /REMOVEDATA   removes it too
;
; The user's data (%LOCALAPPDATA%\Companion: mood history, settings, logs) is never touched by
; an install, and an uninstall leaves it unless asked.

; A 64-bit installer for a 64-bit program (Qt 6 on Windows is x64 only); Unicode throughout.
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include Win\COM.nsh
!include Win\Propkey.nsh

!macro REQUIRE name
  !ifndef ${name}
    !error "Define ${name}: makensis -DVERSION=... -DBUNDLE=... -DICON=... -DOUTFILE=..."
  !endif
!macroend
!insertmacro REQUIRE VERSION
!insertmacro REQUIRE BUNDLE
!insertmacro REQUIRE ICON
!insertmacro REQUIRE OUTFILE

!define APP_KEY "Software\Companion"
; Windows files Companion's notices under this id, with the shortcut's name and icon. The app
; sets the same one at start (companion/platform/app_id.py): never change one without the other.
!define APP_USER_MODEL_ID "Companion.Companion"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Companion"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define STARTUP_APPROVED_KEY "Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"

Var KeptLoginEntry  ; "1": an update found a login entry and keeps Task Manager's switch for it

Name "$(AppName)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Companion"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "Companion ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "Companion"
VIAddVersionKey /LANG=1033 "FileDescription" "Companion (心伴) setup"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT licence"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\companion.exe"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The installer speaks the user's Windows display language when it is one of these.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString AppName ${LANG_ENGLISH} "Companion"
LangString AppName ${LANG_SIMPCHINESE} "心伴"
LangString SecAppName ${LANG_ENGLISH} "Companion"
LangString SecAppName ${LANG_SIMPCHINESE} "心伴"
LangString SecLoginName ${LANG_ENGLISH} "Start Companion when I log in"
LangString SecLoginName ${LANG_SIMPCHINESE} "登录系统时自动启动心伴"
LangString RunNow ${LANG_ENGLISH} "Start Companion now"
LangString RunNow ${LANG_SIMPCHINESE} "现在启动心伴"
LangString UnSecAppName ${LANG_ENGLISH} "Companion (the program)"
LangString UnSecAppName ${LANG_SIMPCHINESE} "心伴（程序本身）"
LangString UnSecDataName ${LANG_ENGLISH} "Also delete my mood history, settings and logs"
LangString UnSecDataName ${LANG_SIMPCHINESE} "同时删除我的心情记录、设置和日志"
LangString ShortcutComment ${LANG_ENGLISH} "Breaks, mood log and stress trends for your shift"
LangString ShortcutComment ${LANG_SIMPCHINESE} "班中休息、心情记录和压力趋势"

;; The shortcut's System.AppUserModel.ID, through NSIS's own COM headers (Win\COM.nsh,
;; Win\Propkey.nsh: no plug-in beyond System): load the .lnk, set the property, save it.
;; A failure leaves the shortcut as it was (notices then carry the executable's name).
Function SetShortcutAppId
  Exch $R0 ; the .lnk
  Push $0
  Push $1
  Push $2
  Push $3
  Push $4
  Push $5
  !insertmacro ComHlpr_CreateInProcInstance ${CLSID_ShellLink} ${IID_IShellLink} r0 ""
  ${If} $0 P<> 0
    ${IUnknown::QueryInterface} $0 '("${IID_IPersistFile}",.r1)'
    ${If} $1 P<> 0
      ${IPersistFile::Load} $1 '("$R0",${STGM_READWRITE})'
      ${IUnknown::QueryInterface} $0 '("${IID_IPropertyStore}",.r2)'
      ${If} $2 P<> 0
        System::Call '*${SYSSTRUCT_PROPERTYKEY}(${PKEY_AppUserModel_ID})p.r3'
        System::Call '*(&w64 "${APP_USER_MODEL_ID}")p.r4' ; the string itself
        System::Call '*(&i2 ${VT_LPWSTR}, &i6 0, p r4, &i8 0)p.r5' ; PROPVARIANT, VT_LPWSTR
        ${IPropertyStore::SetValue} $2 '($3,$5)'
        ${IPropertyStore::Commit} $2 ""
        System::Free $3
        System::Free $4
        System::Free $5
        ${IUnknown::Release} $2 ""
        ${IPersistFile::Save} $1 '("$R0",1)'
      ${EndIf}
      ${IUnknown::Release} $1 ""
    ${EndIf}
    ${IUnknown::Release} $0 ""
  ${EndIf}
  Pop $5
  Pop $4
  Pop $3
  Pop $2
  Pop $1
  Pop $0
  Pop $R0
FunctionEnd

Section "!$(SecAppName)" SecApp
  SectionIn RO
  Call CloseRunningCompanion
  SetOutPath "$INSTDIR"
  ; An update replaces the program files, nothing else (and only where Companion was).
  ${If} ${FileExists} "$INSTDIR\companion.exe"
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\Companion.lnk" "$INSTDIR\companion.exe" "" \
    "$INSTDIR\companion.exe" 0 SW_SHOWNORMAL "" "$(ShortcutComment)"
  Push "$SMPROGRAMS\Companion.lnk"
  Call SetShortcutAppId
  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  ; Settings > Apps (per user)
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Companion (心伴)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Companion"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\companion.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecLoginName)" SecLogin
  ; The value Companion's own setting reads and writes. A new install (or the box ticked by
  ; hand) also clears an earlier "off" from Task Manager's Startup apps, as the app itself
  ; does; an update that finds the entry there leaves that switch as the user set it.
  ${If} $KeptLoginEntry != "1"
    DeleteRegValue HKCU "${STARTUP_APPROVED_KEY}" "Companion"
  ${EndIf}
  WriteRegStr HKCU "${RUN_KEY}" "Companion" '"$INSTDIR\companion.exe"'
SectionEnd

; Unticked (or /AUTOSTART=0): no login entry, also none left from before.
Section "-NoLogin"
  ${IfNot} ${SectionIsSelected} ${SecLogin}
    DeleteRegValue HKCU "${RUN_KEY}" "Companion"
  ${EndIf}
SectionEnd


Function .onInit
  ; An update keeps the user's choice: with no login entry none is added; with one, Task
  ; Manager's switch for it is left alone.
  ReadRegStr $0 HKCU "${APP_KEY}" "InstallDir"
  ReadRegStr $1 HKCU "${RUN_KEY}" "Companion"
  ${If} $0 != ""
    ${If} $1 == ""
      !insertmacro UnselectSection ${SecLogin}
    ${Else}
      StrCpy $KeptLoginEntry "1"
    ${EndIf}
  ${EndIf}
  ${GetParameters} $2
  ClearErrors
  ${GetOptions} $2 "/AUTOSTART=" $3
  ${IfNot} ${Errors}
    ${If} $3 == "0"
      !insertmacro UnselectSection ${SecLogin}
    ${Else}
      !insertmacro SelectSection ${SecLogin}
    ${EndIf}
  ${EndIf}
FunctionEnd

; Companion holds its files open while it runs: end this user's copy (it saves each entry as it
; is made, so nothing is lost), the tray app and any command of the console twin. Other users'
; copies on a shared PC are left alone.
!macro CLOSE_RUNNING un
  Function ${un}CloseRunningCompanion
    ExpandEnvStrings $0 "%USERDOMAIN%\%USERNAME%"
    nsExec::Exec 'taskkill /F /FI "USERNAME eq $0" /IM companion.exe'
    Pop $1
    nsExec::Exec 'taskkill /F /FI "USERNAME eq $0" /IM companion-cli.exe'
    Pop $1
  FunctionEnd
!macroend
!insertmacro CLOSE_RUNNING ""
!insertmacro CLOSE_RUNNING "un."

Section "!un.$(UnSecAppName)" UnSecApp
  SectionIn RO
  Call un.CloseRunningCompanion
  Delete "$SMPROGRAMS\Companion.lnk"
  ; The login entry only when it starts this copy.
  ReadRegStr $0 HKCU "${RUN_KEY}" "Companion"
  ${If} $0 == '"$INSTDIR\companion.exe"'
  ${OrIf} $0 == "$INSTDIR\companion.exe"
    DeleteRegValue HKCU "${RUN_KEY}" "Companion"
    DeleteRegValue HKCU "${STARTUP_APPROVED_KEY}" "Companion"
  ${EndIf}
  ; Only what the installer put there: the folder may have been chosen by hand.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\companion.exe"
  Delete "$INSTDIR\companion-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd

Section /o "un.$(UnSecDataName)" UnSecData
  RMDir /r "$LOCALAPPDATA\Companion"
SectionEnd

Function un.onInit
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecData}
  ${EndIf}
FunctionEnd
