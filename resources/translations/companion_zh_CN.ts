<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CompanionApp</name>
    <message>
        <location filename="../../companion/app.py" line="152" />
        <source>Some settings were not used</source>
        <translation>部分设置没有生效</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="153" />
        <source>These settings were ignored; the others apply:</source>
        <translation>以下设置被忽略了,其余设置照常生效:</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="164" />
        <source>Companion could not use its database: %1.</source>
        <translation>心伴无法使用它的数据库:%1。</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="168" />
        <source>The file was kept as %1 and a new, empty store was started.</source>
        <translation>原文件已保留为 %1,并新建了一个空的数据库。</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="173" />
        <source>The newest backup is %1. It was not restored automatically, because it may be older than your last entries.</source>
        <translation>最新的备份是 %1。心伴没有自动恢复它,因为备份里可能缺少你最近的记录。</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="179" />
        <source>Database moved aside</source>
        <translation>数据库文件已另行保留</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="239" />
        <source>Mood logged</source>
        <translation>心情已记录</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="240" />
        <source>Stress %1 saved. Click here to see or edit your entries.</source>
        <translation>已保存,压力值 %1。点这里查看或修改记录。</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="253" />
        <source>Language not saved</source>
        <translation>语言设置没有保存</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="254" />
        <source>The language applies now but could not be saved: %1</source>
        <translation>语言已经切换,但设置没能保存:%1</translation>
    </message>
</context>
<context>
    <name>EditMoodDialog</name>
    <message>
        <location filename="../../companion/ui/history.py" line="214" />
        <source>Edit entry · Companion</source>
        <translation>编辑记录 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="215" />
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="216" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="217" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../companion/ui/history.py" line="320" />
        <source>Mood log · Companion</source>
        <translation>情绪记录 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="321" />
        <source>Your mood log</source>
        <translation>我的情绪记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="322" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="322" />
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="326" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="327" />
        <source>Stress</source>
        <translation>压力值</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="328" />
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="329" />
        <source>Call type</source>
        <translation>咨询类型</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="330" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="333" />
        <source>Mood entries, newest first</source>
        <translation>情绪记录,最新的在最前面</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="336" />
        <source>No entries yet.

After a difficult call, choose “Log mood” in the tray menu: press a number for your stress, pick how you feel, and press Enter. Your entries will appear here, newest first.</source>
        <translation>还没有记录。

接完一通难熬的电话后,在托盘菜单里选择“记录心情”:按一个数字表示压力值,选上此刻的情绪,再按回车就好。你的记录会显示在这里,最新的在最前面。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="341" />
        <source>&amp;Log mood…</source>
        <translation>记录心情(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="342" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="343" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="344" />
        <source>Delete the selected entry (Del)</source>
        <translation>删除选中的记录(Del 键)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/history.py" line="367" />
        <source>%n entries</source>
        <translation><numerusform>共 %n 条记录</numerusform></translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="403" />
        <source>The change could not be saved. Please try again.</source>
        <translation>修改没能保存,请再试一次。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="414" />
        <source>Delete entry?</source>
        <translation>删除这条记录?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="415" />
        <source>Delete the entry from %1 (stress %2)? This cannot be undone.</source>
        <translation>确定删除 %1 的这条记录(压力值 %2)吗?删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="422" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>MoodForm</name>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="203" />
        <source>Choose your stress first: press a number from 0 to 10.</source>
        <translation>请先选择压力值:按 0 到 10 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="206" />
        <source>The note is %1 characters long; at most %2 fit. Please shorten it.</source>
        <translation>备注有 %1 个字,最多只能写 %2 个字,请删减一些。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="212" />
        <source>The note contains an invisible control character (%1), probably from a paste. Please remove it.</source>
        <translation>备注里有一个看不见的控制字符(%1),可能是粘贴时带进来的,请把它删掉。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="216" />
        <source>The time is in the future. Choose a time that has passed.</source>
        <translation>这个时间还没到,请选择一个已经过去的时间。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="218" />
        <source>The time is too long ago. Choose a time after the year 2000.</source>
        <translation>这个时间太早了,请选择 2000 年以后的时间。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="234" />
        <source>How stressed are you right now? (0 = calm, 10 = at your limit)</source>
        <translation>此刻压力有多大?(0 = 很平静,10 = 到极限了)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="236" />
        <source>Stress {}</source>
        <translation>压力值 {}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="237" />
        <source>Keys 0–9 choose, ↑ ↓ adjust (up to 10)</source>
        <translation>按 0–9 选择,↑ ↓ 微调(最高到 10)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="238" />
        <source>Emotions (any that fit)</source>
        <translation>情绪(可多选)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="241" />
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="243" />
        <location filename="../../companion/ui/mood_form.py" line="246" />
        <source>Call type</source>
        <translation>咨询类型</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="248" />
        <source>&amp;Note (optional)</source>
        <translation>备注(选填)(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="249" />
        <source>What happened, in a few words</source>
        <translation>简单写写发生了什么</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="250" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="68" />
        <source>Log mood · Companion</source>
        <translation>记录心情 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="69" />
        <source>How are you after that call?</source>
        <translation>刚才那通电话之后,你感觉怎么样?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="71" />
        <source>Enter saves (Ctrl+Enter in the note) · Esc closes · Tab moves between fields</source>
        <translation>回车保存(在备注里按 Ctrl+回车)· Esc 关闭 · Tab 切换输入项</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="73" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="74" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="116" />
        <source>The store is still opening. Please try again in a moment.</source>
        <translation>数据还在加载,请稍等片刻再试。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="124" />
        <source>Your entry could not be saved; it is still here. Please try again.</source>
        <translation>这条记录没能保存,填写的内容还在,请再试一次。</translation>
    </message>
</context>
<context>
    <name>StandInWindow</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="129" />
        <source>Companion</source>
        <translation>心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="130" />
        <source>Companion is running</source>
        <translation>心伴正在运行</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="133" />
        <source>This desktop has no system tray, so Companion shows this small window instead. Closing it keeps Companion running; start Companion again to bring it back.</source>
        <translation>这个桌面没有系统托盘,所以心伴用这个小窗口代替托盘图标。关闭窗口后心伴仍在后台运行;再次启动心伴,窗口就会重新出现。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="137" />
        <source>&amp;Log mood…</source>
        <translation>记录心情(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="138" />
        <source>&amp;Recent entries…</source>
        <translation>最近的记录(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="139" />
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="140" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="90" />
        <source>Companion: click to log your mood</source>
        <translation>心伴:点一下记录心情</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="59" />
        <source>&amp;Log mood…</source>
        <translation>记录心情(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="60" />
        <source>&amp;Recent entries…</source>
        <translation>最近的记录(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="61" />
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="63" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="66" />
        <source>&amp;Quit Companion</source>
        <translation>退出心伴(&amp;Q)</translation>
    </message>
</context>
</TS>