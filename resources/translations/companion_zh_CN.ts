<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BreakNotice</name>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="226" />
        <source>Long break in %1 s</source>
        <translation>%1 秒后开始长休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="228" />
        <source>Micro-break in %1 s</source>
        <translation>%1 秒后开始微休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="231" />
        <source>Postpone %1 min</source>
        <translation>稍后 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="233" />
        <source>Postpone the break by %1 minutes</source>
        <translation>把休息推迟 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="237" />
        <source>Break soon · Companion</source>
        <translation>即将休息 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="238" />
        <source>Finish what you are doing; the break starts by itself.</source>
        <translation>先把手头的事做完,休息会自动开始。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="239" />
        <source>Start now</source>
        <translation>现在开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="240" />
        <source>Start the break now</source>
        <translation>现在就开始休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="241" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="242" />
        <source>Skip this break</source>
        <translation>跳过这次休息</translation>
    </message>
</context>
<context>
    <name>BreakPresenter</name>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="85" />
        <source>Companion · on a call: breaks wait until it ends</source>
        <translation>心伴 · 通话中:休息会等通话结束再开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="88" />
        <source>Companion · breaks paused until %1</source>
        <translation>心伴 · 休息提醒已暂停,%1 恢复</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="90" />
        <source>Companion · on a break</source>
        <translation>心伴 · 正在休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="93" />
        <source>Companion · off shift</source>
        <translation>心伴 · 当前不在班次内</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="96" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="97" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="98" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="99" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="100" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="101" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="102" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="105" />
        <source>Companion · off shift; breaks start again %1 %2</source>
        <translation>心伴 · 当前不在班次内,%1 %2 恢复休息提醒</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="110" />
        <source>Companion</source>
        <translation>心伴</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/break_presenter.py" line="113" />
        <source>Companion · long break in %n min</source>
        <translation><numerusform>心伴 · %n 分钟后长休息</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/break_presenter.py" line="114" />
        <source>Companion · micro-break in %n min</source>
        <translation><numerusform>心伴 · %n 分钟后微休息</numerusform></translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../companion/ui/break_window.py" line="253" />
        <source>Long break · Companion</source>
        <translation>长休息 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="254" />
        <source>Long break: step away and breathe with the circle</source>
        <translation>长休息:离开屏幕,跟着圆圈呼吸</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="256" />
        <source>Micro-break · Companion</source>
        <translation>微休息 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="257" />
        <source>Micro-break: breathe with the circle</source>
        <translation>微休息:跟着圆圈呼吸</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="258" />
        <source>Time left in the break</source>
        <translation>休息剩余时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="259" />
        <source>While you rest:</source>
        <translation>休息时可以:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="261" />
        <source>Stand up and stretch</source>
        <translation>站起来伸展一下</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="262" />
        <source>Drink some water</source>
        <translation>喝点水</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="263" />
        <source>Rest your eyes on something far away</source>
        <translation>看看远处,让眼睛放松</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="264" />
        <source>Roll your shoulders</source>
        <translation>转转肩膀</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="271" />
        <source>Ideas for the break</source>
        <translation>休息小建议</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="272" />
        <source>The break ends by itself. Esc ends it early.</source>
        <translation>时间到了休息会自动结束,按 Esc 可以提前结束。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="273" />
        <source>End early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="274" />
        <source>End the break early</source>
        <translation>提前结束休息</translation>
    </message>
</context>
<context>
    <name>BreathingPage</name>
    <message>
        <location filename="../../companion/ui/exercises.py" line="854" />
        <source>Cycle %1 of %2</source>
        <translation>第 %1 轮,共 %2 轮</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="897" />
        <source>You breathed for %1 before stopping.</source>
        <translation>你跟着圆圈呼吸了 %1,然后停了下来。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="901" />
        <source>You breathed for %1 cycles (%2). Well done.</source>
        <translation>你做了 %1 轮呼吸(%2)。做得很好。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="909" />
        <source>12 s each, %1 in all</source>
        <translation>每轮 12 秒,一共 %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="914" />
        <source>C&amp;ycles:</source>
        <translation>轮数(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="915" />
        <source>Number of breathing cycles</source>
        <translation>呼吸的轮数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="917" />
        <source>Length of the breathing</source>
        <translation>呼吸练习的时长</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="918" />
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="919" />
        <source>Breathing cycle</source>
        <translation>第几轮呼吸</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="920" />
        <source>&amp;End early</source>
        <translation>提前结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="921" />
        <source>End the breathing early</source>
        <translation>提前结束呼吸练习</translation>
    </message>
</context>
<context>
    <name>BreathingWidget</name>
    <message>
        <location filename="../../companion/ui/breathing.py" line="115" />
        <source>Breathe in</source>
        <translation>吸气</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathing.py" line="116" />
        <source>Hold</source>
        <translation>屏息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathing.py" line="117" />
        <source>Breathe out</source>
        <translation>呼气</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathing.py" line="120" />
        <source>Breathing exercise: in 4 s, hold 2 s, out 6 s. The circle shows the breath.</source>
        <translation>呼吸练习:吸气 4 秒、屏息 2 秒、呼气 6 秒。圆圈会随着呼吸变大变小。</translation>
    </message>
</context>
<context>
    <name>CompanionApp</name>
    <message>
        <location filename="../../companion/app.py" line="200" />
        <source>Some settings were not used</source>
        <translation>部分设置没有生效</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="201" />
        <source>These settings were ignored; the others apply:</source>
        <translation>以下设置被忽略了,其余设置照常生效:</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="337" />
        <source>Thought record saved</source>
        <translation>思维记录已保存</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="338" />
        <source>You can read it again under Thought records.</source>
        <translation>可以在“思维记录”里随时再看。</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="495" />
        <source>Settings not saved</source>
        <translation>设置没有保存</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="496" />
        <source>These settings apply now but could not be saved:</source>
        <translation>以下设置已经生效,但没能保存到文件:</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="511" />
        <source>Companion could not use its database: %1.</source>
        <translation>心伴无法使用它的数据库:%1。</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="515" />
        <source>The file was kept as %1 and a new, empty store was started.</source>
        <translation>原文件已保留为 %1,并新建了一个空的数据库。</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="520" />
        <source>The newest backup is %1. It was not restored automatically, because it may be older than your last entries.</source>
        <translation>最新的备份是 %1。心伴没有自动恢复它,因为备份里可能缺少你最近的记录。</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="526" />
        <source>Database moved aside</source>
        <translation>数据库文件已另行保留</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="594" />
        <source>Mood logged</source>
        <translation>心情已记录</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="595" />
        <source>Stress %1 saved. Click here to see or edit your entries.</source>
        <translation>已保存,压力值 %1。点这里查看或修改记录。</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="608" />
        <source>Language not saved</source>
        <translation>语言设置没有保存</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="609" />
        <source>The language applies now but could not be saved: %1</source>
        <translation>语言已经切换,但设置没能保存:%1</translation>
    </message>
</context>
<context>
    <name>DateList</name>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="169" />
        <source>%1: date to add</source>
        <translation>%1:要添加的日期</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="171" />
        <source>Add the date to %1</source>
        <translation>把日期添加到%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="173" />
        <source>Remove the selected date from %1 (Del)</source>
        <translation>从%1中删除选中的日期(Del 键)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="175" />
        <source>Remove the selected date (Del)</source>
        <translation>删除选中的日期(Del 键)</translation>
    </message>
</context>
<context>
    <name>DetachmentPage</name>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1012" />
        <source>Step %1 of %2</source>
        <translation>第 %1 步,共 %2 步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1054" />
        <source>You took %1 for yourself. The last call is behind you.</source>
        <translation>你给了自己 %1。上一单已经过去了。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1059" />
        <source>&amp;Length:</source>
        <translation>时长(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1061" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1062" />
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1063" />
        <source>Step number</source>
        <translation>第几步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1064" />
        <source>Current step</source>
        <translation>当前这一步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1065" />
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1066" />
        <source>&amp;End early</source>
        <translation>提前结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1067" />
        <source>End the exercise early</source>
        <translation>提前结束练习</translation>
    </message>
</context>
<context>
    <name>DistressQuestion</name>
    <message>
        <location filename="../../companion/ui/exercises.py" line="354" />
        <source>How distressed are you right now? (0–10)</source>
        <translation>此刻你有多难受?(0–10)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="356" />
        <source>Optional. Keys 0–9 choose, ↑ ↓ adjust (up to 10), Delete clears.</source>
        <translation>可以不填。按 0–9 选择,↑ ↓ 调整(最高 10),Delete 清除。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="358" />
        <source>Distress {}</source>
        <translation>难受程度 {}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="359" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="360" />
        <source>Clear the distress rating</source>
        <translation>清除难受程度</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="366" />
        <source>Not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="366" />
        <source>%1 of 10</source>
        <translation>%1 / 10</translation>
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
    <name>ExercisePage</name>
    <message>
        <location filename="../../companion/ui/exercises.py" line="612" />
        <source>Well done.</source>
        <translation>做得很好。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="750" />
        <source>How it goes</source>
        <translation>怎么做</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="751" />
        <source>About this exercise</source>
        <translation>关于这个练习</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="754" />
        <source>What you did</source>
        <translation>你做了什么</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="755" />
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="763" />
        <source>Step 1 of 3: before you start</source>
        <translation>第 1 步,共 3 步:开始之前</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="764" />
        <source>Step 2 of 3: the exercise</source>
        <translation>第 2 步,共 3 步:练习</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="765" />
        <source>Step 3 of 3: how are you now?</source>
        <translation>第 3 步,共 3 步:现在感觉怎么样?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="768" />
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="769" />
        <source>Back one step</source>
        <translation>回到上一步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="771" />
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="772" />
        <source>Start the exercise</source>
        <translation>开始练习</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="774" />
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="775" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="776" />
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="777" />
        <source>Done: record this exercise</source>
        <translation>完成:记下这次练习</translation>
    </message>
</context>
<context>
    <name>ExercisesWindow</name>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1595" />
        <source>Short exercises · Companion</source>
        <translation>小练习 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1596" />
        <source>Exercises</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1597" />
        <source>↑ ↓ choose an exercise, Enter opens it</source>
        <translation>↑ ↓ 选择练习,回车打开</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1607" />
        <source>A few minutes for yourself</source>
        <translation>花几分钟照顾一下自己</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1610" />
        <source>Choose an exercise on the left (↑ ↓, then Enter). Each one asks how distressed you are before and after, if you like; nothing is recorded until you press Done.</source>
        <translation>在左边选一个练习(↑ ↓,再按回车)。每个练习前后都会问问你有多难受,可以不填;按"完成"之前,什么都不会记下来。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1642" />
        <source>Your text contains an invisible control character, probably from a paste. Please remove it.</source>
        <translation>文字里有一个看不见的控制字符,可能是粘贴进来的。请把它删掉。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1646" />
        <source>Your text is too long to keep. Please shorten it.</source>
        <translation>文字太长,存不下。请删短一些。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1654" />
        <source>This could not be recorded; everything is still here. Please try again.</source>
        <translation>没能记下来;你写的内容都还在。请再试一次。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1660" />
        <source>Recorded. Well done.</source>
        <translation>已记下。做得很好。</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../companion/ui/history.py" line="319" />
        <source>Mood log · Companion</source>
        <translation>情绪记录 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="320" />
        <source>Your mood log</source>
        <translation>我的情绪记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="321" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="321" />
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="325" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="326" />
        <source>Stress</source>
        <translation>压力值</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="327" />
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="328" />
        <source>Call type</source>
        <translation>咨询类型</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="329" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="332" />
        <source>Mood entries, newest first</source>
        <translation>情绪记录,最新的在最前面</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="335" />
        <source>No entries yet.

After a difficult call, choose “Log mood” in the tray menu: press a number for your stress, pick how you feel, and press Enter. Your entries will appear here, newest first.</source>
        <translation>还没有记录。

接完一通难熬的电话后,在托盘菜单里选择“记录心情”:按一个数字表示压力值,选上此刻的情绪,再按回车就好。你的记录会显示在这里,最新的在最前面。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="340" />
        <source>&amp;Log mood…</source>
        <translation>记录心情(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="341" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="342" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="343" />
        <source>Re&amp;frame…</source>
        <translation>认知重构(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="345" />
        <source>Look at the thought behind this entry with a reframing exercise</source>
        <translation>用认知重构练习,看看这条记录背后的想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="347" />
        <source>Delete the selected entry (Del)</source>
        <translation>删除选中的记录(Del 键)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/history.py" line="370" />
        <source>%n entries</source>
        <translation><numerusform>共 %n 条记录</numerusform></translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="412" />
        <source>The change could not be saved. Please try again.</source>
        <translation>修改没能保存,请再试一次。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="423" />
        <source>Delete entry?</source>
        <translation>删除这条记录?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="424" />
        <source>Delete the entry from %1 (stress %2)? This cannot be undone.</source>
        <translation>确定删除 %1 的这条记录(压力值 %2)吗?删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="427" />
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
    <name>NvcPage</name>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1421" />
        <source>Your reply appears here as you type.</source>
        <translation>边写边在这里看到完整的回复。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1430" />
        <source>Copied. Paste it into your reply.</source>
        <translation>已复制,粘贴到回复里就行。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1438" />
        <source>Your reply: %1</source>
        <translation>你的回复:%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1449" />
        <source>Start from an e&amp;xample (Enter fills it in)</source>
        <translation>从例子开始(&amp;X)(回车填入)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1450" />
        <source>Examples</source>
        <translation>例子</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1463" />
        <source>&amp;Use</source>
        <translation>填入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1464" />
        <source>Fill in the chosen example</source>
        <translation>填入选中的例子</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1467" />
        <source>&amp;Feeling: what they are probably feeling</source>
        <translation>感受(&amp;F):对方此刻可能的感受</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1468" />
        <source>Feeling</source>
        <translation>感受</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1469" />
        <source>e.g. worried, let down</source>
        <translation>例如:着急、失望</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1472" />
        <source>N&amp;eed: what matters to them underneath</source>
        <translation>需要(&amp;E):感受背后他真正在意的事</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1473" />
        <source>Need</source>
        <translation>需要</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1474" />
        <source>e.g. getting it on time</source>
        <translation>例如:按时收到东西</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1477" />
        <source>&amp;Request: one concrete next step</source>
        <translation>请求(&amp;R):一个具体的下一步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1478" />
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1479" />
        <source>e.g. check with the courier and call you back in ten minutes</source>
        <translation>例如:联系快递查一下,十分钟内回复您</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1486" />
        <location filename="../../companion/ui/exercises.py" line="1487" />
        <source>Your calm reply</source>
        <translation>平和的回复</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1488" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1489" />
        <source>Copy the reply</source>
        <translation>复制这段回复</translation>
    </message>
</context>
<context>
    <name>PositiveReframingPage</name>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1121" />
        <source>Your kinder reading: %1</source>
        <translation>更善意的理解:%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1129" />
        <source>Examples: a harsh reading → a kinder one</source>
        <translation>例子:扎心的理解 → 更善意的理解</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1142" />
        <source>Examples</source>
        <translation>例子</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1143" />
        <source>Your first, &amp;harsh reading of what happened</source>
        <translation>你的第一反应,扎心的那种理解(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1144" />
        <source>Your harsh reading</source>
        <translation>扎心的理解</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1145" />
        <source>What went through your mind at first</source>
        <translation>当时脑子里冒出来的想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1146" />
        <source>A &amp;kinder reading that also fits the facts</source>
        <translation>一个更善意、也说得通的理解(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1147" />
        <source>Your kinder reading</source>
        <translation>更善意的理解</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1148" />
        <source>What might be going on for the customer?</source>
        <translation>客户那边可能碰上了什么事?</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../companion/ui/practice.py" line="80" />
        <source>Spot the thinking trap · Companion</source>
        <translation>找出思维偏差 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="81" />
        <source>Which thinking traps does this thought show? Tick any that fit.</source>
        <translation>这个想法里有哪些思维偏差?勾选符合的。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="82" />
        <source>&amp;Check</source>
        <translation>看答案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="83" />
        <source>&amp;Next thought</source>
        <translation>下一个想法(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="84" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="96" />
        <source>Thought %1 of %2 · %3 right so far</source>
        <translation>第 %1 个,共 %2 个 · 已答对 %3 个</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="116" />
        <source>Yes: this thought shows %1.</source>
        <translation>对:这个想法里有%1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="118" />
        <source>This one mainly shows %1. Look again at its wording.</source>
        <translation>这个想法主要是%1。再看看它的措辞。</translation>
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
    <name>ReframingWizard</name>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="292" />
        <source>How strong: %1</source>
        <translation>强度:%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="293" />
        <source>How strong now: %1</source>
        <translation>现在的强度:%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="299" />
        <source>For example: “%1”</source>
        <translation>例如:“%1”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="301" />
        <source>Reframe a thought · Companion</source>
        <translation>认知重构 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="302" />
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="303" />
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="306" />
        <source>Only what a camera would have seen and heard, e.g. “The customer said the parcel was late and asked for a refund.”</source>
        <translation>只写摄像头能拍到、能录到的事实,例如:“客户说包裹迟到了,要求退款。”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="311" />
        <source>The words that went through your head, e.g. “It's my fault again.”</source>
        <translation>当时脑子里冒出来的原话,例如:“又是我的错。”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="313" />
        <source>A fairer way to see it, in your own words</source>
        <translation>用自己的话,换个更公道的角度看</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="314" />
        <source>Examples (Enter or double-click to use one):</source>
        <translation>参考例子(按回车或双击选用):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="315" />
        <source>How much do you believe this balanced thought?</source>
        <translation>你有多相信这个平衡的想法?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="317" />
        <source>No distortion chosen. Go back to choose one, or skip this step.</source>
        <translation>还没有选择思维偏差。可以返回上一步选择,也可以跳过这一步。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="320" />
        <source>You rated no emotions before; go back to rate them, or finish here.</source>
        <translation>之前没有给情绪打分;可以返回去打分,也可以直接完成。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="323" />
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="324" />
        <source>Automatic thought</source>
        <translation>自动化思维</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="325" />
        <source>Balanced thought</source>
        <translation>平衡的想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="326" />
        <source>How much you believe the balanced thought, 0 to 100</source>
        <translation>对平衡的想法的相信程度,0 到 100</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="334" />
        <source>What happened?</source>
        <translation>发生了什么?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="335" />
        <source>Describe the situation in a sentence or two, facts only.</source>
        <translation>用一两句话描述当时的情况,只写事实。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="338" />
        <source>What went through your mind?</source>
        <translation>当时你脑子里在想什么?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="340" />
        <source>Write the thought as it came, even if it seems harsh. This is the one step you cannot skip.</source>
        <translation>照原样写下那个念头,哪怕它听起来很刺耳。只有这一步不能跳过。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="345" />
        <source>What did you feel, and how strongly?</source>
        <translation>你有什么感受?有多强烈?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="346" />
        <source>Tick each emotion and set how strong it was, 0 to 100.</source>
        <translation>勾选每一种情绪,并设定它的强度(0 到 100)。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="349" />
        <source>Which thinking traps fit?</source>
        <translation>有哪些思维偏差?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="350" />
        <source>Choose any that fit. The suggestions come from your wording; you decide.</source>
        <translation>选出符合的偏差。建议来自你的措辞,最终由你决定。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="353" />
        <source>Test the thought</source>
        <translation>检验这个想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="355" />
        <source>Answer the questions for each trap you chose: what speaks for the thought, and what speaks against it?</source>
        <translation>针对你选的每一种偏差回答问题:哪些事实支持这个想法,哪些事实不支持?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="360" />
        <source>A balanced thought</source>
        <translation>平衡的想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="361" />
        <source>Write a thought that takes all the evidence into account.</source>
        <translation>把所有证据都考虑进去,写一个更平衡的想法。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="364" />
        <source>How strong are the emotions now?</source>
        <translation>现在这些情绪有多强?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="365" />
        <source>Rate them again; any change, however small, counts.</source>
        <translation>再打一次分;哪怕变化很小,也算数。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="462" />
        <location filename="../../companion/ui/reframing_wizard.py" line="482" />
        <source>Write the thought first; it is the one step needed.</source>
        <translation>请先写下那个想法,这是唯一必填的一步。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="515" />
        <source>Step %1 of %2</source>
        <translation>第 %1 步,共 %2 步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="521" />
        <source>Your thought: “%1”</source>
        <translation>你的想法:“%1”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="529" />
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="542" />
        <source>Suggested from your wording: %1</source>
        <translation>根据你的措辞,可能是:%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="552" />
        <source>Nothing in the wording points to a trap; choose any that fit, or skip.</source>
        <translation>从措辞上看不出明显的偏差;可以自己选择,也可以跳过。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="578" />
        <source>What speaks for the thought?</source>
        <translation>哪些事实支持这个想法?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="580" />
        <source>What speaks against it?</source>
        <translation>哪些事实不支持它?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="582" />
        <source>Evidence for: %1</source>
        <translation>支持的证据:%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard.py" line="584" />
        <source>Evidence against: %1</source>
        <translation>反对的证据:%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="434" />
        <source>Settings · Companion</source>
        <translation>设置 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="435" />
        <source>Shi&amp;ft</source>
        <translation>班次(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="436" />
        <source>&amp;Breaks</source>
        <translation>休息(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="437" />
        <source>&amp;Calls</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="438" />
        <source>Settings sections</source>
        <translation>设置分类</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="439" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="440" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="448" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="449" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="450" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="451" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="452" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="453" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="454" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="457" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="458" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="459" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="460" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="461" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="462" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="463" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="468" />
        <source>Working week</source>
        <translation>每周工作安排</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="469" />
        <source>Usual working &amp;hours</source>
        <translation>平时的工作时间(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="472" />
        <source>Separate time ranges with commas; 22:00-06:00 runs overnight.</source>
        <translation>多个时间段用逗号隔开;22:00-06:00 表示跨夜的班次。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="474" />
        <source>&amp;Working days</source>
        <translation>工作日(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="475" />
        <source>Other hours that day</source>
        <translation>当天另有时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="481" />
        <source>%1 is a working day</source>
        <translation>%1是工作日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="482" />
        <source>as usual</source>
        <translation>同平时</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="484" />
        <source>Other hours on %1 (empty: as usual)</source>
        <translation>%1的另行工作时间(留空则同平时)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="486" />
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="487" />
        <source>Days off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="488" />
        <source>Extra working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="490" />
        <source>Days &amp;off (holidays)</source>
        <translation>休息日(节假日)(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="490" />
        <location filename="../../companion/ui/settings_dialog.py" line="493" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="490" />
        <location filename="../../companion/ui/settings_dialog.py" line="493" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="493" />
        <source>E&amp;xtra working days</source>
        <translation>调休上班日(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="495" />
        <source>No breaks on these days, such as public holidays.</source>
        <translation>这些日子不提醒休息,比如法定节假日。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="497" />
        <source>Working days outside the usual week, such as make-up weekends.</source>
        <translation>平常工作周以外的上班日,比如调休补班的周末。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="502" />
        <source>Breaks are only offered within your shift, and never during a call.</source>
        <translation>只在班次内提醒休息,通话中绝不打扰。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="504" />
        <source>Micro-breaks (guided breathing)</source>
        <translation>微休息(呼吸引导)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="505" />
        <source>Long breaks (away from the screen)</source>
        <translation>长休息(离开屏幕)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="506" />
        <source>Notice and postponing</source>
        <translation>提前提醒与稍后</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="507" />
        <location filename="../../companion/ui/settings_dialog.py" line="551" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="507" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="509" />
        <source>A micro-break &amp;every</source>
        <translation>微休息间隔(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="510" />
        <source>&amp;Lasting</source>
        <translation>时长(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="511" />
        <source>A long break eve&amp;ry</source>
        <translation>长休息间隔(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="512" />
        <source>Las&amp;ting</source>
        <translation>时长(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="513" />
        <source>&amp;Notice shown before a break</source>
        <translation>休息前提前提醒(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="514" />
        <source>“&amp;Postpone” moves a break by</source>
        <translation>每次“稍后”推迟(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="515" />
        <source>Postpone at &amp;most</source>
        <translation>最多连续稍后(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="518" />
        <source>Minutes between micro-breaks</source>
        <translation>两次微休息之间的分钟数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="519" />
        <source>Length of a micro-break in seconds</source>
        <translation>微休息时长(秒)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="520" />
        <source>Minutes between long breaks</source>
        <translation>两次长休息之间的分钟数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="521" />
        <source>Length of a long break in minutes</source>
        <translation>长休息时长(分钟)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="522" />
        <source>Seconds the notice comes before a break</source>
        <translation>休息前提前提醒的秒数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="523" />
        <source>Minutes a postpone moves a break by</source>
        <translation>每次稍后推迟的分钟数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="524" />
        <source>Most postpones in a row</source>
        <translation>最多连续稍后的次数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="541" />
        <source> time in a row</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="541" />
        <source> times in a row</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="544" />
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="546" />
        <source>Treat the &amp;microphone being in use as being on a call</source>
        <translation>麦克风正在使用时视为通话中(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="549" />
        <source>A call switched on by hand &amp;ends by itself after</source>
        <translation>手动开启的“通话中”自动结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="553" />
        <source>Minutes after which a call switched on by hand ends by itself</source>
        <translation>手动开启的“通话中”在多少分钟后自动结束</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="555" />
        <source>Offer the mood &amp;log when a call ends</source>
        <translation>通话结束后提示记录心情(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="558" />
        <source>After a mood log, offer breathing or reframing from a &amp;stress of</source>
        <translation>记录心情后,压力值达到以下数值时提供呼吸或认知重构练习(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="563" />
        <source>Lowest stress at which breathing or reframing is offered</source>
        <translation>提供呼吸或认知重构练习的最低压力值</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="565" />
        <source>Time away from the keyboard</source>
        <translation>离开键盘的时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="571" />
        <source>Works here: %1.</source>
        <translation>在这台电脑上可用:%1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="574" />
        <source>Can't be detected here: the PulseAudio tools (pactl) are not installed. Use “I'm on a call” in the tray menu instead.</source>
        <translation>这里无法检测:没有安装 PulseAudio 工具(pactl)。请改用托盘菜单里的“我在通话中”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="579" />
        <source>Can't be detected here: no PulseAudio or PipeWire sound server is running. Use “I'm on a call” in the tray menu instead.</source>
        <translation>这里无法检测:没有运行 PulseAudio 或 PipeWire 声音服务。请改用托盘菜单里的“我在通话中”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="584" />
        <source>Can't be detected on this system yet. Use “I'm on a call” in the tray menu instead.</source>
        <translation>这个系统暂时无法检测。请改用托盘菜单里的“我在通话中”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="588" />
        <source>Can't be detected here: checking the microphone failed (the log says why). Use “I'm on a call” in the tray menu instead.</source>
        <translation>这里无法检测:检查麦克风时出错(原因见日志)。请改用托盘菜单里的“我在通话中”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="595" />
        <source>Time away from the keyboard counts as a natural break (%1).</source>
        <translation>离开键盘的时间会算作自然休息(%1)。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="600" />
        <source>Time away can't be measured on this Wayland desktop, so it is not counted as a break.</source>
        <translation>在这个 Wayland 桌面上无法测量离开的时间,所以不会算作休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="605" />
        <source>Time away can't be measured without a graphical desktop, so it is not counted as a break.</source>
        <translation>没有图形桌面,无法测量离开的时间,所以不会算作休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="610" />
        <source>Time away can't be measured: the X11 screen saver library (libXss) is not installed, so it is not counted as a break.</source>
        <translation>无法测量离开的时间:没有安装 X11 屏保扩展库(libXss),所以不会算作休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="615" />
        <source>Time away can't be measured: this X server has no screen saver extension, so it is not counted as a break.</source>
        <translation>无法测量离开的时间:这个 X 服务器没有屏保扩展,所以不会算作休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="620" />
        <source>Time away can't be measured on this system yet, so it is not counted as a break.</source>
        <translation>这个系统暂时无法测量离开的时间,所以不会算作休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="623" />
        <source>Time away can't be measured here (checking it failed; the log says why), so it is not counted as a break.</source>
        <translation>这里无法测量离开的时间(检查时出错,原因见日志),所以不会算作休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="658" />
        <source>Enter at least one time range, like 09:00-18:00.</source>
        <translation>请至少填写一个时间段,例如 09:00-18:00。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="664" />
        <source>“%1” is not a possible time range.</source>
        <translation>“%1”不是有效的时间段。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="666" />
        <source>“%1” is not a time range like 09:00-18:00.</source>
        <translation>“%1”不是 09:00-18:00 这样的时间段。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="672" />
        <source>These time ranges overlap.</source>
        <translation>这些时间段有重叠。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="673" />
        <source>These time ranges span more than a day.</source>
        <translation>这些时间段加起来超过了一天。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="686" />
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_dialog.py" line="707" />
        <source>Fix the hours on the Shift tab to save.</source>
        <translation>请先改正“班次”页里的工作时间,才能保存。</translation>
    </message>
</context>
<context>
    <name>StandInWindow</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="202" />
        <source>Companion</source>
        <translation>心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="203" />
        <source>Companion is running</source>
        <translation>心伴正在运行</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="206" />
        <source>This desktop has no system tray, so Companion shows this small window instead. Closing it keeps Companion running; start Companion again to bring it back.</source>
        <translation>这个桌面没有系统托盘,所以心伴用这个小窗口代替托盘图标。关闭窗口后心伴仍在后台运行;再次启动心伴,窗口就会重新出现。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="210" />
        <source>&amp;Log mood…</source>
        <translation>记录心情(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="211" />
        <source>&amp;Recent entries…</source>
        <translation>最近的记录(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="212" />
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="213" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SupportOffer</name>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="52" />
        <source>Stress %1 is a lot to carry into the next call. A minute of slow breathing, or a few minutes to look at the thought that stings, can take the edge off.</source>
        <translation>压力值 %1,带着这么重的情绪接下一通电话会很累。花一分钟慢慢呼吸,或者花几分钟看看那个扎心的念头,都能让自己缓一缓。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="61" />
        <source>A moment for you · Companion</source>
        <translation>给自己一点时间 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="62" />
        <source>That sounded hard.</source>
        <translation>这通电话不容易。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="63" />
        <source>&amp;Breathe for a minute</source>
        <translation>呼吸一分钟(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="64" />
        <source>&amp;Reframe the thought</source>
        <translation>认知重构(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="65" />
        <source>&amp;Not now</source>
        <translation>先不用(&amp;N)</translation>
    </message>
</context>
<context>
    <name>TaskSplitPage</name>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1270" />
        <source>%1 of %2 small tasks done.</source>
        <translation>%2 件小事做完了 %1 件。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1287" />
        <source>%1 of %2 done · Space ticks, Delete removes</source>
        <translation>已完成 %1 / %2 · 空格打勾,Delete 删除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1292" />
        <source>No tasks yet: type one above and press Enter.</source>
        <translation>还没有小事:在上面写一件,按回车。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1296" />
        <source>An example</source>
        <translation>一个例子</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1297" />
        <source>Another e&amp;xample</source>
        <translation>换一个例子(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1298" />
        <source>Show another example</source>
        <translation>显示另一个例子</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1299" />
        <source>Example complaint and its small tasks</source>
        <translation>例子:一条投诉和拆出来的小事</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1300" />
        <source>Your small &amp;tasks</source>
        <translation>你的小事(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1301" />
        <source>New task</source>
        <translation>新的小事</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1303" />
        <source>Something you can start in the next few minutes, then Enter</source>
        <translation>几分钟内就能开始做的一件事,写完按回车</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1305" />
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1306" />
        <source>Add the task</source>
        <translation>添加这件小事</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1307" />
        <source>Your tasks</source>
        <translation>你的小事</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1308" />
        <source>Tasks done</source>
        <translation>完成了几件</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1309" />
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises.py" line="1310" />
        <source>Remove the chosen task</source>
        <translation>删除选中的小事</translation>
    </message>
</context>
<context>
    <name>ThoughtRecordsWindow</name>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="102" />
        <source>Thought records · Companion</source>
        <translation>思维记录 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="103" />
        <source>Your thought records</source>
        <translation>我的思维记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="104" />
        <location filename="../../companion/ui/thought_records.py" line="105" />
        <source>Search your records</source>
        <translation>搜索思维记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="106" />
        <source>Thought records, newest first</source>
        <translation>思维记录,最新的在最前面</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="107" />
        <source>The selected record in full</source>
        <translation>选中记录的全部内容</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="108" />
        <source>&amp;Reframe a thought…</source>
        <translation>认知重构(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="109" />
        <source>&amp;Practise spotting traps…</source>
        <translation>练习找出思维偏差(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="110" />
        <source>&amp;Continue draft</source>
        <translation>继续填写草稿(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="111" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="134" />
        <source>No record matches your search.</source>
        <translation>没有符合搜索条件的记录。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="137" />
        <source>No thought records yet. After a difficult call, “Reframe a thought” walks you from the thought that hurt to a fairer one, step by step.</source>
        <translation>还没有思维记录。接完难熬的电话后,“认知重构”会一步步陪你从那个伤人的念头,走到一个更公道的想法。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="150" />
        <source>(no thought yet)</source>
        <translation>(还没写想法)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="153" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="186" />
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="187" />
        <source>Automatic thought</source>
        <translation>自动化思维</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="188" />
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="190" />
        <source>Thinking traps</source>
        <translation>思维偏差</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="196" />
        <source>For the thought (%1)</source>
        <translation>支持这个想法(%1)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="200" />
        <source>Against the thought (%1)</source>
        <translation>不支持这个想法(%1)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="205" />
        <source>Believed: %1 / 100</source>
        <translation>相信程度:%1 / 100</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="206" />
        <source>Balanced thought</source>
        <translation>平衡的想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="207" />
        <source>Emotions afterwards</source>
        <translation>之后的情绪</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="238" />
        <source>Delete record?</source>
        <translation>删除这条记录?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="239" />
        <source>Delete this thought record? This cannot be undone.</source>
        <translation>确定删除这条思维记录吗?删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="240" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="154" />
        <source>Companion: click to log your mood</source>
        <translation>心伴:点一下记录心情</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="102" />
        <source>&amp;Log mood…</source>
        <translation>记录心情(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="103" />
        <source>&amp;Recent entries…</source>
        <translation>最近的记录(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="104" />
        <source>Re&amp;frame a thought…</source>
        <translation>认知重构(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="105" />
        <source>&amp;Thought records…</source>
        <translation>思维记录(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="106" />
        <source>&amp;Exercises (breathing and more)…</source>
        <translation>练习(呼吸等)(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="107" />
        <source>Start a &amp;break now</source>
        <translation>现在休息(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="108" />
        <source>&amp;Pause breaks</source>
        <translation>暂停休息提醒(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="109" />
        <source>For 30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="110" />
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="111" />
        <source>For the rest of the shift</source>
        <translation>本班次剩余时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="112" />
        <source>&amp;Resume breaks</source>
        <translation>恢复休息提醒(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="113" />
        <source>I'm on a &amp;call</source>
        <translation>我在通话中(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="114" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="115" />
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="117" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="120" />
        <source>&amp;Quit Companion</source>
        <translation>退出心伴(&amp;Q)</translation>
    </message>
</context>
</TS>