<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionPlan</name>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="93"/>
        <source>Take most of the breaks offered</source>
        <translation>按提醒去休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="91"/>
        <source>My own goal</source>
        <translation>我自己的目标</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="94"/>
        <source>Log my mood after difficult contacts</source>
        <translation>接待难缠的客户后记下心情</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="95"/>
        <source>Do a reframing exercise</source>
        <translation>练习“换个角度想”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="96"/>
        <source>Do the weekly check-in</source>
        <translation>做每周身心自评</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="103"/>
        <source>%1 % of them</source>
        <translation>其中 %1%</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="105"/>
        <source>once a week</source>
        <translation>每周一次</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="106"/>
        <source>%1 a week</source>
        <translation>每周 %1 次</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="112"/>
        <source>no breaks offered</source>
        <translation>没有休息提醒</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="115"/>
        <source>%1 % (target %2 %)</source>
        <translation>%1%（目标 %2%）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="121"/>
        <location filename="../../companion/ui/action_plan.py" line="140"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="123"/>
        <location filename="../../companion/ui/action_plan.py" line="142"/>
        <source>not yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="127"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="152"/>
        <source>Every break offered was taken: %1</source>
        <translation>提醒的 %1 次休息，你都休息了</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="155"/>
        <source>Breaks taken: %1</source>
        <translation>已休息：%1 次</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="156"/>
        <source>Difficult contacts logged: %1</source>
        <translation>接待难缠的客户后记下心情：%1 次</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="159"/>
        <source>Exercises done: %1</source>
        <translation>做过的练习：%1 次</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="160"/>
        <source>Weekly check-in done</source>
        <translation>每周身心自评：已完成</translation>
    </message>
</context>
<context>
    <name>ActionPlanWindow</name>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="396"/>
        <source>My plan · Companion</source>
        <translation>我的计划 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="397"/>
        <source>My plan for the week</source>
        <translation>我的每周计划</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="400"/>
        <source>Pick one or two goals you can reach. Progress counts what Companion recorded since Monday; only your own goal is ticked off by hand.</source>
        <translation>选一两个够得着的目标。进度按心伴自周一以来的记录自动计算；只有你自己的目标需要手动打勾。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="404"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="405"/>
        <source>Target</source>
        <translation>想做到多少</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="406"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="408"/>
        <source>My own:</source>
        <translation>我自己的：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="410"/>
        <source>Target for: %1</source>
        <translation>想做到多少：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="412"/>
        <source> % of them</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="414"/>
        <source> a week</source>
        <translation> 次/周</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="415"/>
        <source>e.g. a walk at lunch</source>
        <translation>例如：午饭后散散步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="416"/>
        <source>My own goal, in a few words</source>
        <translation>我自己的目标，几个字就好</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="417"/>
        <source>&amp;Done once ✓</source>
        <translation>完成一次(&amp;D) ✓</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="418"/>
        <source>My own goal: done once more</source>
        <translation>我自己的目标：又完成了一次</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="419"/>
        <source>Take one &amp;back</source>
        <translation>撤回一次(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="420"/>
        <source>My own goal: take back the last tick</source>
        <translation>我自己的目标：撤回最近一次打勾</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="423"/>
        <source>Difficult call type</source>
        <translation>难应付的问题类型</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="425"/>
        <source>This week so far</source>
        <translation>本周到目前为止</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="426"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="441"/>
        <source>Write your goal in a few words (at most %1 characters) first.</source>
        <translation>请先用几个字写下你的目标（最多 %1 个字）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/action_plan.py" line="490"/>
        <source>Counts an entry with stress %1 or more (where Companion offers a breathing minute; see Settings), or of a call type you mark here:</source>
        <translation>压力值 %1 及以上的记录都算（也就是心伴提议做呼吸练习的分数，可在设置里修改），另外还算你在这里标出的问题类型：</translation>
    </message>
</context>
<context>
    <name>BreakNotice</name>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="266"/>
        <source>Long break when you pause</source>
        <translation>长休息：等你停手就开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="268"/>
        <source>Micro-break when you pause</source>
        <translation>微休息：等你停手就开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="271"/>
        <source>It starts after a few seconds without typing or using the mouse. Finish your sentence first.</source>
        <translation>键盘和鼠标停下几秒后才会开始，先把这句话打完吧。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="275"/>
        <source>Time for a long break</source>
        <translation>该长休息一下了</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="275"/>
        <source>Time for a micro-break</source>
        <translation>该微休息一下了</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="276"/>
        <source>Take it whenever you are ready: it will not start by itself.</source>
        <translation>忙完了再休息，它不会自己开始。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="279"/>
        <source>Long break in %1 s</source>
        <translation>%1 秒后开始长休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="279"/>
        <source>Micro-break in %1 s</source>
        <translation>%1 秒后开始微休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="281"/>
        <source>Finish what you are doing; the break starts when you pause.</source>
        <translation>先忙完手头的事，等你停下来休息才开始。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="285"/>
        <source>Postpone %1 min</source>
        <translation>推迟 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="287"/>
        <source>Postpone the break by 1 minute</source>
        <translation>把休息推迟 1 分钟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="289"/>
        <source>Postpone the break by %1 minutes</source>
        <translation>把休息推迟 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="298"/>
        <source>%1 starts</source>
        <translation>按 %1 开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="300"/>
        <source>%1 postpones</source>
        <translation>按 %1 推迟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="302"/>
        <source>%1 skips</source>
        <translation>按 %1 跳过</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="303"/>
        <source> · </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="306"/>
        <source>Break soon · Companion</source>
        <translation>即将休息 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="307"/>
        <source>Start now</source>
        <translation>现在开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="308"/>
        <source>Start the break now</source>
        <translation>现在就开始休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="309"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_notice.py" line="310"/>
        <source>Skip this break</source>
        <translation>跳过这次休息</translation>
    </message>
</context>
<context>
    <name>BreakPresenter</name>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="214"/>
        <source>Companion · on a call: breaks wait until it ends</source>
        <translation>心伴 · 通话中：休息会等通话结束再开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="216"/>
        <source>Companion · Do not disturb or full screen: breaks wait until it ends</source>
        <translation>心伴 · 请勿打扰或全屏中：休息会等它结束再开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="219"/>
        <source>Companion · breaks paused until %1</source>
        <translation>心伴 · 休息提醒已暂停，%1 恢复</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="221"/>
        <source>Companion · on a break</source>
        <translation>心伴 · 正在休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="224"/>
        <source>Companion · off shift</source>
        <translation>心伴 · 当前不在班次内</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="227"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="228"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="229"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="230"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="231"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="232"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="233"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="236"/>
        <source>Companion · off shift; breaks start again %1 %2</source>
        <translation>心伴 · 当前不在班次内，%1 %2 恢复休息提醒</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_presenter.py" line="241"/>
        <source>Companion</source>
        <translation>心伴</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/break_presenter.py" line="244"/>
        <source>Companion · long break in %n min</source>
        <translation>
            <numerusform>心伴 · %n 分钟后长休息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/break_presenter.py" line="245"/>
        <source>Companion · micro-break in %n min</source>
        <translation>
            <numerusform>心伴 · %n 分钟后微休息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../companion/ui/break_window.py" line="606"/>
        <source>Long break · Companion</source>
        <translation>长休息 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="609"/>
        <source>Micro-break · Companion</source>
        <translation>微休息 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="610"/>
        <source>Micro-break: breathe with the circle</source>
        <translation>微休息：跟着圆圈呼吸</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="613"/>
        <source>Time left in the break</source>
        <translation>休息剩余时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="615"/>
        <source>While you rest:</source>
        <translation>休息时可以：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="617"/>
        <source>Stand up and stretch</source>
        <translation>站起来伸展一下</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="620"/>
        <source>Drink some water</source>
        <translation>喝点水</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="631"/>
        <source>The break ends by itself. To end it now: End early, or %1.</source>
        <translation>休息时间到了会自动结束。想现在结束：点“提前结束”，或按 %1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="638"/>
        <source>The break ends by itself. To end it now: End early, or click here and Esc.</source>
        <translation>休息时间到了会自动结束。想现在结束：点“提前结束”，或点一下这里再按 Esc 键。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="619"/>
        <source>Rest your eyes on something far away</source>
        <translation>看看远处，让眼睛放松</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="324"/>
        <source>The break is over.</source>
        <translation>休息结束了。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="361"/>
        <source>1 minute left.</source>
        <translation>还剩 1 分钟。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="362"/>
        <source>%1 minutes left.</source>
        <translation>还剩 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="365"/>
        <source>1 second left.</source>
        <translation>还剩 1 秒。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="366"/>
        <source>%1 seconds left.</source>
        <translation>还剩 %1 秒。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="367"/>
        <source>%1 min %2 s left.</source>
        <translation>还剩 %1 分 %2 秒。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="607"/>
        <source>Long break: time to step away from the screen</source>
        <translation>长休息：离开屏幕，活动一下</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="614"/>
        <source>left in the break</source>
        <translation>本次休息剩余时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="618"/>
        <source>Walk a few steps</source>
        <translation>起身走几步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="621"/>
        <source>Roll your shoulders</source>
        <translation>转转肩膀</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="628"/>
        <source>Ideas for the break</source>
        <translation>休息小建议</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="642"/>
        <source>You clicked away. Click here to return to the break; Esc then ends it.</source>
        <translation>你点到了别处。点一下这里回到休息；再按 Esc 键可结束休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="644"/>
        <source>Breathe with the circle</source>
        <translation>跟着圆圈呼吸</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="645"/>
        <source>End early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <location filename="../../companion/ui/break_window.py" line="646"/>
        <source>End the break early</source>
        <translation>提前结束休息</translation>
    </message>
</context>
<context>
    <name>Breaks</name>
    <message>
        <location filename="../../companion/features/breaks.py" line="196"/>
        <source>On a call: breaks wait until it ends.</source>
        <translation>通话中：通话结束前不会提醒休息。</translation>
    </message>
    <message>
        <location filename="../../companion/features/breaks.py" line="198"/>
        <source>Call ended: breaks go on as usual.</source>
        <translation>通话已结束：休息提醒照常进行。</translation>
    </message>
    <message>
        <location filename="../../companion/features/breaks.py" line="206"/>
        <source>Break postponed by %1 min.</source>
        <translation>休息已推迟 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../companion/features/breaks.py" line="208"/>
        <source>It can&apos;t be postponed again: start it or skip it.</source>
        <translation>不能再推迟了：现在开始，或者跳过这次。</translation>
    </message>
    <message>
        <location filename="../../companion/features/breaks.py" line="210"/>
        <source>No break is waiting to be postponed.</source>
        <translation>现在没有要推迟的休息。</translation>
    </message>
    <message>
        <location filename="../../companion/features/breaks.py" line="214"/>
        <source>Break skipped.</source>
        <translation>已跳过这次休息。</translation>
    </message>
    <message>
        <location filename="../../companion/features/breaks.py" line="218"/>
        <source>No break is waiting to be skipped.</source>
        <translation>现在没有要跳过的休息。</translation>
    </message>
    <message>
        <location filename="../../companion/features/breaks.py" line="229"/>
        <source>Companion</source>
        <translation>心伴</translation>
    </message>
</context>
<context>
    <name>BreaksPerWeek</name>
    <message>
        <location filename="../../companion/ui/charts/breaks_per_week.py" line="55"/>
        <source>Breaks</source>
        <translation>休息次数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/breaks_per_week.py" line="80"/>
        <source>Week of</source>
        <translation>所在周（周一）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/breaks_per_week.py" line="80"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/breaks_per_week.py" line="95"/>
        <source>%1 weeks; %2 breaks</source>
        <translation>%1 周；共 %2 次休息</translation>
    </message>
</context>
<context>
    <name>BreathingPage</name>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="98"/>
        <source>Cycle %1 of %2</source>
        <translation>第 %1 轮，共 %2 轮</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="141"/>
        <source>You breathed for %1 before stopping.</source>
        <translation>这次你跟着圆圈呼吸了 %1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="145"/>
        <source>You breathed for %1 cycles (%2). Well done.</source>
        <translation>你做了 %1 轮呼吸（%2）。做得很好。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="153"/>
        <source>12 s each, %1 in all</source>
        <translation>每轮 12 秒，一共 %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="158"/>
        <source>C&amp;ycles:</source>
        <translation>轮数(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="159"/>
        <source>Number of breathing cycles</source>
        <translation>呼吸的轮数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="161"/>
        <source>Length of the breathing</source>
        <translation>呼吸练习的时长</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="162"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="163"/>
        <source>Breathing cycle</source>
        <translation>第几轮呼吸</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="164"/>
        <source>&amp;End early</source>
        <translation>提前结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="165"/>
        <source>End the breathing early</source>
        <translation>提前结束呼吸练习</translation>
    </message>
</context>
<context>
    <name>BreathingWidget</name>
    <message>
        <location filename="../../companion/ui/breathing.py" line="128"/>
        <source>Breathe in</source>
        <translation>吸气</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathing.py" line="129"/>
        <source>Hold</source>
        <translation>屏息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathing.py" line="130"/>
        <source>Breathe out</source>
        <translation>呼气</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathing.py" line="133"/>
        <source>Breathing exercise: in 4 s, hold 2 s, out 6 s. The circle shows the breath.</source>
        <translation>呼吸练习：吸气 4 秒，屏息 2 秒，呼气 6 秒。圆圈会随着呼吸变大变小。</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="129"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="130"/>
        <location filename="../../companion/ui/chart_card.py" line="243"/>
        <source>Export %1</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="131"/>
        <source>Save chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="132"/>
        <source>Save data as CSV…</source>
        <translation>将数据另存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="133"/>
        <location filename="../../companion/ui/chart_card.py" line="136"/>
        <source>Reset zoom</source>
        <translation>还原缩放</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="134"/>
        <source>Reset the zoom of %1</source>
        <translation>还原“%1”的缩放</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="135"/>
        <source>Show the whole range again (Ctrl+wheel zooms)</source>
        <translation>重新显示整个时间范围（按住 Ctrl 滚动滚轮可以缩放）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="137"/>
        <source>%1 as a table</source>
        <translation>%1（表格）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="174"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="200"/>
        <source>Show as chart</source>
        <translation>以图表显示</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="201"/>
        <source>Show %1 as a chart</source>
        <translation>以图表显示“%1”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="203"/>
        <source>Show as table</source>
        <translation>以表格显示</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="204"/>
        <source>Show %1 as a table</source>
        <translation>以表格显示“%1”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="241"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="241"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="253"/>
        <source>Export · Companion</source>
        <translation>导出 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_card.py" line="254"/>
        <source>Companion could not save %1:
%2</source>
        <translation>心伴无法保存 %1：
%2</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <location filename="../../companion/ui/chart_table.py" line="85"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/chart_table.py" line="87"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../companion/ui/charts/words.py" line="18"/>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/words.py" line="19"/>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/words.py" line="26"/>
        <source>%1 · n=%2</source>
        <translation>%1 · %2 条</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/words.py" line="35"/>
        <source>%1 → %2 · n=%3</source>
        <translation>%1 → %2 · %3 次</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/words.py" line="44"/>
        <source>%1: mean stress %2 from %3</source>
        <translation>%1：平均压力 %2（%3）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/words.py" line="59"/>
        <source>%1; %2 %3</source>
        <translation>%1；%2 %3</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/words.py" line="65"/>
        <source>%1; %2 from %3 to %4</source>
        <translation>%1；%2从 %3 到 %4</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../companion/ui/checkin.py" line="268"/>
        <source>Weekly check-in · Companion</source>
        <translation>每周身心自评 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="269"/>
        <source>How have the last two weeks been?</source>
        <translation>过去两周过得怎么样？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="281"/>
        <source>Statement %1, %2 (%3)</source>
        <translation>第 %1 句，%2（%3）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="290"/>
        <source>Keys 0–5 answer a statement and move to the next (5 = all of the time, 0 = at no time) · Enter shows the result · Esc closes</source>
        <translation>按 0–5 回答当前这句并跳到下一句（5 = 一直如此，0 = 完全没有）· Enter 键查看结果 · Esc 键关闭</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="294"/>
        <source>&amp;Not now</source>
        <translation>以后再说(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="295"/>
        <source>Not now: close without saving</source>
        <translation>以后再说：关闭且不保存</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="296"/>
        <source>&amp;Show my result</source>
        <translation>查看结果(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="297"/>
        <source>Thank you for taking a moment for yourself</source>
        <translation>谢谢你花点时间关心自己</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="298"/>
        <source>&amp;Where to turn…</source>
        <translation>可以找谁(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="299"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="364"/>
        <source>Please answer statement %1 too; then Enter shows your result.</source>
        <translation>第 %1 句还没回答，答完后按 Enter 键查看结果。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="382"/>
        <source>Your answers could not be saved; they are still here. Please try again.</source>
        <translation>答案没能保存，但都还在这里。请再试一次。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="408"/>
        <source>You already did this week&apos;s check-in on %1. You can do another if you like; both are kept.</source>
        <translation>你在%1已经做过本周的身心自评了。愿意的话可以再做一次，两次都会保留。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="416"/>
        <source>%1 out of 100</source>
        <translation>%1 分（0–100）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="418"/>
        <source>Your wellbeing score: %1 out of 100</source>
        <translation>你的身心状态得分：%1 分（0–100）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="422"/>
        <source>This is how the last two weeks felt to you, on a scale where higher means better wellbeing. One week says little on its own; the trends window shows how it moves over time.</source>
        <translation>这个分数反映你对过去两周的感受，分数越高，状态越好。只看一次说明不了太多，在“压力趋势”里可以看到它的变化。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="433"/>
        <source>Higher than at your last check-in (%1). Good to see.</source>
        <translation>比上次自评（%1 分）高，真好。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="436"/>
        <source>Lower than at your last check-in (%1). Harder weeks come and go; go gently with yourself.</source>
        <translation>比上次自评（%1 分）低。难熬的日子总会过去，对自己温和一点。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin.py" line="446"/>
        <source>The last two weeks seem to have been heavy. That happens, and you don&apos;t have to carry it alone: talking often helps, to family, a friend or a colleague you trust, to a counsellor, to your company&apos;s employee assistance programme (usually confidential), or to your team lead. This is not a diagnosis, only a sign that some support could do you good.</source>
        <translation>过去两周你好像过得挺辛苦。这种时候谁都会有，你也不必一个人扛着：找人聊聊往往会有帮助，可以是家人、朋友或信任的同事，也可以是心理咨询师、公司的员工援助计划（通常是保密的），或者你的组长。这不是诊断，只是提醒你：找人支持一下，可能会让你好受些。</translation>
    </message>
</context>
<context>
    <name>CompanionApp</name>
    <message>
        <location filename="../../companion/ui/notices.py" line="221"/>
        <source>Some settings were not used</source>
        <translation>部分设置没有生效</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="222"/>
        <source>These settings were ignored; the others apply:</source>
        <translation>以下设置被忽略了，其余设置照常生效：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="82"/>
        <source>Please update Companion&apos;s Qt library</source>
        <translation>请更新心伴的 Qt 组件</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="83"/>
        <source>This copy of Companion runs on PySide6 %1 with Python %2, which has a known fault: left alone it would close by itself within a few hours. Companion works around it for now. To fix it, install a sound version (or ask your IT department to):

pip install &quot;%3&quot;</source>
        <translation>当前的心伴运行在 PySide6 %1（Python %2）上，这个版本有已知缺陷：不处理的话，几个小时内心伴就会自行退出。心伴暂时绕开了这个问题。要彻底解决，请安装没有这个缺陷的版本（或请 IT 部门帮你安装）：

pip install &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="100"/>
        <source>Companion closed unexpectedly</source>
        <translation>心伴上次意外退出</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="101"/>
        <source>Companion stopped unexpectedly at %1. It is running again, and your breaks go on from now.</source>
        <translation>心伴在 %1 意外退出了。现在已经重新运行，休息提醒从现在起照常进行。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="128"/>
        <source>Commands cannot reach Companion</source>
        <translation>心伴收不到命令</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="129"/>
        <source>Companion runs, but could not open its private channel for commands (%1). “companion call start”, “companion quick-log” and the keyboard shortcut bound to them will say that Companion is not running, and a second start opens nothing. Use the tray menu, or restart Companion.</source>
        <translation>心伴正在运行，但无法打开接收命令的专用通道（%1）。“companion call start”“companion quick-log”以及绑定到它们的快捷键会提示心伴没有运行，再次启动也不会打开任何窗口。请使用托盘菜单，或重新启动心伴。</translation>
    </message>
    <message>
        <location filename="../../companion/features/wellbeing.py" line="188"/>
        <source>How was today?</source>
        <translation>今天过得怎么样？</translation>
    </message>
    <message>
        <location filename="../../companion/features/wellbeing.py" line="189"/>
        <source>Nothing was logged today. If you like, click here and note how you are; it takes a few seconds.</source>
        <translation>今天还没有记录。愿意的话点这里记一下此刻的状态，只要几秒钟。</translation>
    </message>
    <message>
        <location filename="../../companion/features/wellbeing.py" line="254"/>
        <source>Your weekly check-in</source>
        <translation>每周身心自评</translation>
    </message>
    <message>
        <location filename="../../companion/features/wellbeing.py" line="255"/>
        <source>Five short questions about the last two weeks, whenever you have a moment. Click here to open it; it is in the tray menu too.</source>
        <translation>五个简短的问题，关于过去两周的状态，有空时再做就好。点这里打开；托盘菜单里也能找到。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="385"/>
        <source>Start at login not changed</source>
        <translation>开机启动设置没有更改</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="386"/>
        <source>The login entry could not be changed: %1</source>
        <translation>无法修改开机启动项：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="394"/>
        <source>Settings not saved</source>
        <translation>设置没有保存</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="395"/>
        <source>These settings apply now but could not be saved:</source>
        <translation>以下设置已经生效，但没能保存到文件：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="231"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="44"/>
        <source>Companion</source>
        <translation>心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="116"/>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="117"/>
        <source>Companion ran into an unexpected problem and carries on. If what you just did seems to have had no effect, please do it again. The details (without anything you wrote) are in %1.</source>
        <translation>心伴遇到了一个意外问题，但仍在继续运行。如果你刚才的操作好像没有生效，请再做一次。详细情况记录在 %1（不含你写下的任何内容）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="177"/>
        <source>Companion updated its database to this version. 1 record it could not use (for example an emotion whose entry was gone) was set aside in %1. Everything else is as it was.</source>
        <translation>心伴已把数据库更新到当前版本。有 1 条记录无法使用（例如所属的心情记录已不存在的情绪），已另存到 %1。其余内容都保持原样。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="184"/>
        <source>Companion updated its database to this version. %2 records it could not use (for example an emotion whose entry was gone) were set aside in %1. Everything else is as it was.</source>
        <translation>心伴已把数据库更新到当前版本。有 %2 条记录无法使用（例如所属的心情记录已不存在的情绪），已另存到 %1。其余内容都保持原样。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="192"/>
        <source>Some old records were set aside</source>
        <translation>部分旧记录已另存</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="232"/>
        <source>Your data could not be saved to %1: %2</source>
        <translation>无法将数据保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="240"/>
        <location filename="../../companion/ui/notices.py" line="249"/>
        <source>Data exported</source>
        <translation>数据已导出</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="241"/>
        <source>All your data was saved to %1. The file is not encrypted: keep it private.</source>
        <translation>你的全部数据已保存到 %1。该文件未加密，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="250"/>
        <source>Your records were saved as CSV files, one for each kind of record, in the new folder %1. They are not encrypted: keep them private.</source>
        <translation>你的记录已按类别保存为多个 CSV 文件，放在新文件夹 %1 中。这些文件未加密，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="272"/>
        <source>Mood entries</source>
        <translation>心情记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="273"/>
        <source>Thought records</source>
        <translation>思维记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="274"/>
        <source>Exercises</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="275"/>
        <source>Breaks</source>
        <translation>休息记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="276"/>
        <source>Weekly check-ins</source>
        <translation>每周身心自评</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="277"/>
        <source>Goals of My plan</source>
        <translation>“我的计划”中的目标</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="278"/>
        <source>Ticks of my own goal</source>
        <translation>我自己的目标的完成次数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="279"/>
        <source>Call types marked as difficult</source>
        <translation>标为难应付的问题类型</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="283"/>
        <source>%1: %2 added, %3 skipped (already here)</source>
        <translation>%1：新增 %2 条，跳过 %3 条（本机已有）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="291"/>
        <source>Settings: %1 added, %2 kept as you set them here</source>
        <translation>设置：新增 %1 项，%2 项保留你在本机的设置</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="296"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="297"/>
        <source>Imported from %1:</source>
        <translation>已从 %1 导入：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="299"/>
        <source>Nothing new to import</source>
        <translation>没有需要导入的新内容</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="300"/>
        <source>Every record in %1 is here already.</source>
        <translation>%1 中的记录本机都已经有了。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="306"/>
        <source>1 record is dated after now on this computer (%1): the computer that wrote it had its clock ahead, or this one is behind. Its time was kept as it was.</source>
        <translation>有 1 条记录的时间晚于这台电脑的当前时间（%1）：写下它的电脑时钟走快了，或者这台电脑的时钟慢了。这条记录的时间已原样保留。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="312"/>
        <source>%n records are dated after now on this computer (the latest %1): the computer that wrote them had its clock ahead, or this one is behind. Their times were kept as they were.</source>
        <translation>有 %n 条记录的时间晚于这台电脑的当前时间（最晚的是 %1）：写下它们的电脑时钟走快了，或者这台电脑的时钟慢了。这些记录的时间已原样保留。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="321"/>
        <source>The records were imported, but not all settings: %1</source>
        <translation>记录已导入，但部分设置未能导入：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="331"/>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="332"/>
        <source>%1 is not a Companion export, or it is damaged: it is not JSON text.</source>
        <translation>%1 不是心伴的导出文件，或者文件已损坏：它不是 JSON 文本。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="336"/>
        <source>%1 is not a Companion export.</source>
        <translation>%1 不是心伴的导出文件。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="337"/>
        <source>%1 was exported by a newer version of Companion. Update Companion, then import it again.</source>
        <translation>%1 是由更新版本的心伴导出的。请先更新心伴，再重新导入。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="342"/>
        <source>Companion could not save the records of %1.</source>
        <translation>心伴无法保存 %1 中的记录。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="345"/>
        <source>%1 is a Companion export, but something in it is not as Companion writes it: it was damaged, or changed by hand.</source>
        <translation>%1 是心伴的导出文件，但其中有内容与心伴写入的不一致：文件可能已损坏，或被手动改动过。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="352"/>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="355"/>
        <source>Everything you had saved is as it was.</source>
        <translation>你已保存的数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="357"/>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="366"/>
        <source>Not everything was erased</source>
        <translation>有部分内容未能清除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="367"/>
        <source>These files could not be removed:</source>
        <translation>以下文件无法删除：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="374"/>
        <source>Your data was erased</source>
        <translation>你的数据已清除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="375"/>
        <source>All your entries, thought records, exercises and breaks were erased, with their backups and the logs. Companion goes on with an empty store; your settings are kept.</source>
        <translation>你的所有心情记录、思维记录、练习和休息记录已连同备份和日志一起清除。心伴会以空白数据继续运行，设置保持不变。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="199"/>
        <source>Companion could not use its database: %1.</source>
        <translation>心伴无法使用数据库：%1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="203"/>
        <source>The file was kept as %1 and a new, empty store was started.</source>
        <translation>原文件已保留为 %1，并新建了一个空的数据库。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="208"/>
        <source>The newest backup is %1. It was not restored automatically, because it may be older than your last entries.</source>
        <translation>最新的备份是 %1。心伴没有自动恢复它，因为备份里可能缺少你最近的记录。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="214"/>
        <source>Database moved aside</source>
        <translation>原数据库已另存</translation>
    </message>
    <message>
        <location filename="../../companion/features/wellbeing.py" line="237"/>
        <source>Check-in not available</source>
        <translation>暂时无法做身心自评</translation>
    </message>
    <message>
        <location filename="../../companion/features/mood.py" line="132"/>
        <source>Log how you feel</source>
        <translation>记录此刻的心情</translation>
    </message>
    <message>
        <location filename="../../companion/features/mood.py" line="222"/>
        <source>Thought record</source>
        <translation>思维记录</translation>
    </message>
    <message>
        <location filename="../../companion/services/flows.py" line="64"/>
        <source>Mood logged</source>
        <translation>心情已记录</translation>
    </message>
    <message>
        <location filename="../../companion/services/flows.py" line="65"/>
        <source>Stress %1 saved. Click here to see or edit your entries.</source>
        <translation>已保存，压力值 %1。点这里查看或修改记录。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="405"/>
        <source>Language not saved</source>
        <translation>语言设置没有保存</translation>
    </message>
    <message>
        <location filename="../../companion/ui/notices.py" line="406"/>
        <source>The language applies now but could not be saved: %1</source>
        <translation>语言已经切换，但设置没能保存：%1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="69"/>
        <source>&amp;Who</source>
        <translation>联系人(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="70"/>
        <source>&amp;How to reach them</source>
        <translation>联系方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="71"/>
        <source>e.g. Team lead Wang</source>
        <translation>例如：王组长</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="72"/>
        <source>e.g. ext. 8001, or the chat group</source>
        <translation>例如：分机 8001，或内部聊天群</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="73"/>
        <source>Who</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="74"/>
        <source>How to reach them</source>
        <translation>联系方式</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="186"/>
        <source>Add a contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="193"/>
        <source>Edit the contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="217"/>
        <source>Remove this contact?</source>
        <translation>删除这个联系人？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="218"/>
        <source>Remove “%1” from the list?</source>
        <translation>要从列表中删除“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="219"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="290"/>
        <source>Who to talk to when things feel heavy: family, a friend or a colleague you trust, a counsellor, your company&apos;s employee assistance programme, your team lead. “Where to turn…” in the tray menu shows this list, and below it, always, a crisis line and what to do in immediate danger. Add the names and numbers that apply to you.</source>
        <translation>感到沉重时可以找谁：家人、朋友或信任的同事，心理咨询师，公司的员工援助计划，你的组长。托盘菜单中的“可以找谁…”会显示这个列表，列表下面还会一直显示心理援助热线，以及有生命危险时该打的电话。请填上适用于你的姓名和联系方式。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="297"/>
        <source>Where to turn</source>
        <translation>可以找谁</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="298"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="299"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="300"/>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="301"/>
        <source>Remove the selected contact (Del)</source>
        <translation>删除选中的联系人（Delete 键）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="302"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="303"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="304"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="305"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/contacts_tab.py" line="307"/>
        <source>The list holds at most %1 contacts.</source>
        <translation>列表最多能放 %1 个联系人。</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="233"/>
        <source>Trends · Companion</source>
        <translation>压力趋势 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="234"/>
        <source>Your stress over time</source>
        <translation>你的压力变化</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="236"/>
        <source>4 weeks</source>
        <translation>4 周</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="237"/>
        <source>12 weeks</source>
        <translation>12 周</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="238"/>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="239"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="240"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="245"/>
        <source>Show %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="246"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="256"/>
        <source>First day of the range</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="257"/>
        <source>Last day of the range</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="261"/>
        <source>Mean stress</source>
        <translation>平均压力</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="261"/>
        <location filename="../../companion/ui/dashboard.py" line="271"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="264"/>
        <source>Colour the cells by</source>
        <translation>格子颜色表示</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="22"/>
        <source>Stress over time</source>
        <translation>压力走势</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="23"/>
        <source>Dots: each day&apos;s mean (bigger dots stand on more entries). Lines: the mean of the last 7 days, and of each week. Below: entries per day. Click a dot, or use ← → and Enter, to see its entries.</source>
        <translation>圆点：每天的平均压力（记录越多，圆点越大）。折线：近 7 天平均和每周平均。下方：每天的记录数。点击圆点，或用 ← → 键和 Enter 键，查看当天的记录。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="32"/>
        <source>When stress rises</source>
        <translation>压力在什么时候升高</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="33"/>
        <source>Mean stress by weekday and hour (the number in a cell). Click a cell, or use the arrow keys and Enter, to see its entries.</source>
        <translation>按星期和小时统计的平均压力（格中数字）。点击格子，或用方向键和 Enter 键，查看对应的记录。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="40"/>
        <source>By call type</source>
        <translation>按问题类型</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="41"/>
        <source>Mean stress per call type, with how many entries it stands on.</source>
        <translation>每种问题类型的平均压力，以及各有几条记录。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="46"/>
        <source>By emotion</source>
        <translation>按情绪</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="47"/>
        <source>Mean stress of the entries naming each emotion.</source>
        <translation>按记录里标的情绪，分别统计平均压力。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="52"/>
        <source>Breaks per week</source>
        <translation>每周休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="53"/>
        <source>What became of each break Companion offered.</source>
        <translation>每次休息提醒的结果：已休息、提前结束、跳过或推迟。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="58"/>
        <source>What helps</source>
        <translation>哪些做法有帮助</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="59"/>
        <source>Exercises: distress before and after (0–10); thought records: the strongest emotion before and after, on the same scale. Breaks: mean stress of the entries logged within an hour after a break taken, ended early or skipped.</source>
        <translation>练习：做练习前后的难受程度（0–10）；思维记录：前后最强烈的那种情绪，换算到同一刻度。休息：每次休息（完成、提前结束或跳过）之后一小时内记下的心情，平均压力是多少。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="67"/>
        <source>Wellbeing check-in</source>
        <translation>每周身心自评</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="68"/>
        <source>Each weekly check-in&apos;s WHO-5 score (0–100; higher means better wellbeing). The dashed line marks 52: below it, talking with someone can help.</source>
        <translation>每次身心自评的 WHO-5 得分（0–100，越高状态越好）。虚线在 52 分：低于这条线时，找人聊聊会有帮助。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="75"/>
        <source>Weekly goals</source>
        <translation>每周目标</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="76"/>
        <source>Your plan&apos;s goals, week by week with this week first, from what Companion recorded (✓ reached; – no break offered that week).</source>
        <translation>计划里的每个目标每周完成得怎样（本周在最前），按心伴的记录计算（✓ 已达成；– 当周没有休息提醒）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="101"/>
        <source>The most stressful call type: %1 (mean %2, %3).</source>
        <translation>压力最大的问题类型：%1（平均 %2，%3）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="268"/>
        <source>Check-in score</source>
        <translation>身心自评得分</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="268"/>
        <source>Low below 52</source>
        <translation>52 分以下偏低</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="271"/>
        <source>Daily mean</source>
        <translation>每日平均</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="271"/>
        <source>7-day mean</source>
        <translation>7 天平均</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="271"/>
        <source>Weekly mean</source>
        <translation>每周平均</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="277"/>
        <source>Before</source>
        <translation>练习前</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="277"/>
        <source>After</source>
        <translation>练习后</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="278"/>
        <source>Call type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="279"/>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="280"/>
        <source>Your trends will appear here</source>
        <translation>你的压力趋势会显示在这里</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="283"/>
        <source>Each time you log your mood, Companion adds it here: how your stress moves from week to week, the hours and call types that weigh most, and whether breaks and exercises bring it down.

A few entries a day are enough; after a week the first patterns show.</source>
        <translation>每次记录心情，心伴都会把它汇总到这里：压力每周怎样变化，哪些时段、哪类问题最累人，以及休息和练习有没有让压力降下来。

每天记几条就够了，一周后就能看出初步规律。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="289"/>
        <source>&amp;Log your mood now</source>
        <translation>现在记录心情(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="290"/>
        <source>Show &amp;all time</source>
        <translation>显示全部时间(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="316"/>
        <source>Nothing was logged from %1 to %2.

Your entries start on %3.</source>
        <translation>%1 至 %2 没有记录。

你的第一条记录在 %3。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="325"/>
        <source>No mood entries in this range.</source>
        <translation>这段时间没有心情记录。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="334"/>
        <source>No entries in this range name an emotion.</source>
        <translation>这段时间的记录都没有标记情绪。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="338"/>
        <source>No breaks were offered in this range.</source>
        <translation>这段时间没有休息提醒。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="350"/>
        <source>No goals chosen. Pick a few in the tray menu: My plan…</source>
        <translation>还没有选择目标。可在托盘菜单的“我的计划…”中挑选几个。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="357"/>
        <source>No check-ins in this range. The weekly check-in (tray menu: Weekly check-in…) asks five short questions about the last two weeks.</source>
        <translation>这段时间没有做过身心自评。每周身心自评（托盘菜单：每周身心自评…）会问五个简短的问题，了解你过去两周的状态。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="365"/>
        <source>Nothing to compare yet. Rate your distress before and after an exercise, or log your mood within an hour after a break, and the difference shows here.</source>
        <translation>暂时没有可比较的数据。在练习前后给难受程度打分，或在休息后一小时内记录心情，差别就会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="429"/>
        <source>(no call type)</source>
        <translation>（未选问题类型）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="437"/>
        <source>Taken</source>
        <translation>已休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="438"/>
        <source>Ended early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="439"/>
        <source>Cut short by work</source>
        <translation>被工作打断</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="440"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="441"/>
        <source>Postponed</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="442"/>
        <source>Natural pause</source>
        <translation>自然休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="447"/>
        <source>After a break taken</source>
        <translation>休息之后</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="448"/>
        <source>After a break ended early</source>
        <translation>提前结束休息之后</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="449"/>
        <source>After a break cut short by work</source>
        <translation>休息被工作打断之后</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard.py" line="450"/>
        <source>After a skipped break</source>
        <translation>跳过休息之后</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="91"/>
        <source>Stress runs highest around %1 (mean %2, %3).</source>
        <translation>%1 这个时段压力最高（平均 %2，%3）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="111"/>
        <source>Longest run of breaks taken: %1 in a row.</source>
        <translation>最长连续按时休息：%1 次。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="115"/>
        <source>No break was taken in this range yet.</source>
        <translation>这段时间还没有完成过休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="125"/>
        <source>No entries this week or last week.</source>
        <translation>本周和上周都没有记录。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="128"/>
        <source>No entries yet this week; last week&apos;s mean stress was %1.</source>
        <translation>本周还没有记录；上周平均压力 %1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="135"/>
        <source>This week: mean stress %1 (%2); nothing logged last week to compare.</source>
        <translation>本周平均压力 %1（%2）；上周没有记录可比较。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="144"/>
        <source>This week: mean stress %1 (%2), the same as last week.</source>
        <translation>本周平均压力 %1（%2），与上周持平。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="148"/>
        <source>This week: mean stress %1 (%2), down from %3 last week.</source>
        <translation>本周平均压力 %1（%2），比上周的 %3 有所下降。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dashboard_words.py" line="152"/>
        <source>This week: mean stress %1 (%2), up from %3 last week.</source>
        <translation>本周平均压力 %1（%2），比上周的 %3 有所上升。</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="259"/>
        <source>Erasing forgets the pseudonym they were sent under, so they could no longer be withdrawn from here. To delete them there too, run “companion team withdraw” first.</source>
        <translation>清除后，发送时使用的匿名编号也会一并删除，之后就无法从这台电脑撤回这些数据了。如果也想删除服务器上的数据，请先运行“companion team withdraw”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="263"/>
        <source>1 day shared with your team stays on the team server.</source>
        <translation>已与团队分享的 1 天数据仍保留在团队服务器上。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/settings/data_tab.py" line="266"/>
        <source>%n days shared with your team stay on the team server.</source>
        <translation>
            <numerusform>已与团队分享的 %n 天数据仍保留在团队服务器上。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateList</name>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="151"/>
        <source>%1: date to add</source>
        <translation>%1：要添加的日期</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="153"/>
        <source>Add the date to %1</source>
        <translation>把日期添加到%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="155"/>
        <source>Remove the selected date from %1 (Del)</source>
        <translation>从%1中删除选中的日期（Delete 键）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="157"/>
        <source>Remove the selected date (Del)</source>
        <translation>删除选中的日期（Delete 键）</translation>
    </message>
</context>
<context>
    <name>DaySummaryWindow</name>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="139"/>
        <source>Your day · Companion</source>
        <translation>今日小结 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="140"/>
        <location filename="../../companion/ui/day_summary.py" line="164"/>
        <source>Your day</source>
        <translation>今日小结</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="141"/>
        <source>Entries logged:</source>
        <translation>记录条数：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="142"/>
        <source>Stress:</source>
        <translation>压力值：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="143"/>
        <source>Breaks:</source>
        <translation>休息：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="144"/>
        <source>Exercises:</source>
        <translation>练习：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="145"/>
        <source>&amp;Don&apos;t show at the end of a shift</source>
        <translation>下班时不再显示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="147"/>
        <source>You can still open it from the tray menu: Today&apos;s summary.</source>
        <translation>之后仍可从托盘菜单的“今日小结”打开。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="149"/>
        <source>&amp;Log mood…</source>
        <translation>记录心情(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="150"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="167"/>
        <source>Before your shift</source>
        <translation>班次还没开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="169"/>
        <source>Today&apos;s shift starts at %1.</source>
        <translation>今天的班次 %1 开始。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="172"/>
        <source>Today so far · %1</source>
        <translation>今天到目前为止 · %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="174"/>
        <source>Yesterday&apos;s shift · %1</source>
        <translation>昨天的班次 · %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="176"/>
        <source>Your last shift · %1</source>
        <translation>上一个班次 · %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="180"/>
        <source>nothing logged</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="183"/>
        <source>mean %1, highest %2 (0–10)</source>
        <translation>平均 %1，最高 %2（0–10）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="188"/>
        <source>none offered</source>
        <translation>没有休息提醒</translation>
    </message>
    <message>
        <location filename="../../companion/ui/day_summary.py" line="191"/>
        <source>%1 of %2 taken</source>
        <translation>提醒 %2 次，休息了 %1 次</translation>
    </message>
</context>
<context>
    <name>DesktopBreakNotice</name>
    <message>
        <location filename="../../companion/ui/desktop_notice.py" line="45"/>
        <source>Long break when you pause</source>
        <translation>长休息：等你停手就开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/desktop_notice.py" line="47"/>
        <source>Micro-break when you pause</source>
        <translation>微休息：等你停手就开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/desktop_notice.py" line="50"/>
        <source>It starts after a few seconds without typing or using the mouse. Finish your sentence first.</source>
        <translation>键盘和鼠标停下几秒后才会开始，先把这句话打完吧。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/desktop_notice.py" line="54"/>
        <source>Time for a long break</source>
        <translation>该长休息一下了</translation>
    </message>
    <message>
        <location filename="../../companion/ui/desktop_notice.py" line="54"/>
        <source>Time for a micro-break</source>
        <translation>该微休息一下了</translation>
    </message>
    <message>
        <location filename="../../companion/ui/desktop_notice.py" line="55"/>
        <source>Take it whenever you are ready: it will not start by itself.</source>
        <translation>忙完了再休息，它不会自己开始。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/desktop_notice.py" line="57"/>
        <source>Long break soon</source>
        <translation>马上要长休息了</translation>
    </message>
    <message>
        <location filename="../../companion/ui/desktop_notice.py" line="57"/>
        <source>Micro-break soon</source>
        <translation>马上要微休息了</translation>
    </message>
    <message>
        <location filename="../../companion/ui/desktop_notice.py" line="58"/>
        <source>Finish what you are doing; the break starts when you pause.</source>
        <translation>先忙完手头的事，等你停下来休息才开始。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/desktop_notice.py" line="59"/>
        <source>Start now</source>
        <translation>现在开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/desktop_notice.py" line="62"/>
        <source>Postpone %1 min</source>
        <translation>推迟 %1 分钟</translation>
    </message>
</context>
<context>
    <name>DetachmentPage</name>
    <message>
        <location filename="../../companion/ui/exercises/detachment.py" line="110"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/detachment.py" line="152"/>
        <source>You took %1 for yourself. The last customer is behind you.</source>
        <translation>你给自己留了 %1。上一位客户的事已经过去了。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/detachment.py" line="157"/>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/detachment.py" line="159"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/detachment.py" line="160"/>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/detachment.py" line="161"/>
        <source>Step number</source>
        <translation>第几步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/detachment.py" line="162"/>
        <source>Current step</source>
        <translation>当前这一步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/detachment.py" line="163"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/detachment.py" line="164"/>
        <source>&amp;End early</source>
        <translation>提前结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/detachment.py" line="165"/>
        <source>End the exercise early</source>
        <translation>提前结束练习</translation>
    </message>
</context>
<context>
    <name>DistressQuestion</name>
    <message>
        <location filename="../../companion/ui/exercises/widgets.py" line="252"/>
        <source>How distressed are you right now? (0–10)</source>
        <translation>此刻你有多难受？（0–10）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/widgets.py" line="254"/>
        <source>Optional. Keys 0–9 choose, 1 then 0 for 10, ↑ ↓ adjust, Delete clears.</source>
        <translation>可以不填。按 0–9 选择，10 请连按 1、0，↑ ↓ 键调整，Delete 键清除。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/widgets.py" line="256"/>
        <source>Distress {}</source>
        <translation>难受程度 {}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/widgets.py" line="257"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/widgets.py" line="258"/>
        <source>Clear the distress rating</source>
        <translation>清除难受程度</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/widgets.py" line="264"/>
        <source>Not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/widgets.py" line="264"/>
        <source>%1 of 10</source>
        <translation>%1 / 10</translation>
    </message>
</context>
<context>
    <name>EditMoodDialog</name>
    <message>
        <location filename="../../companion/ui/edit_mood.py" line="77"/>
        <source>Edit entry · Companion</source>
        <translation>编辑心情记录 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/edit_mood.py" line="78"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/edit_mood.py" line="79"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/edit_mood.py" line="80"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../companion/ui/edit_mood.py" line="102"/>
        <source>Discard your changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/edit_mood.py" line="103"/>
        <source>You changed the note of this entry. Discard your changes?</source>
        <translation>你修改了这条记录的备注。确定放弃修改吗？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/edit_mood.py" line="104"/>
        <source>&amp;Discard changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/edit_mood.py" line="105"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="182"/>
        <source>Well done.</source>
        <translation>做得很好。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="277"/>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="356"/>
        <source>How it goes</source>
        <translation>怎么做</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="357"/>
        <source>About this exercise</source>
        <translation>关于这个练习</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="360"/>
        <source>What you did</source>
        <translation>这次的练习</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="361"/>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="370"/>
        <source>Step 1 of 3: before you start</source>
        <translation>第 1 步，共 3 步：开始之前</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="371"/>
        <source>Step 2 of 3: the exercise</source>
        <translation>第 2 步，共 3 步：练习</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="372"/>
        <source>Step 3 of 3: how are you now?</source>
        <translation>第 3 步，共 3 步：现在感觉怎么样？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="373"/>
        <source>Done: what changed</source>
        <translation>完成：有什么变化</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="376"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="377"/>
        <source>Back one step</source>
        <translation>回到上一步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="379"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="380"/>
        <source>Start the exercise</source>
        <translation>开始练习</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="382"/>
        <source>Do it &amp;again</source>
        <translation>再做一次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="383"/>
        <source>Do this exercise again</source>
        <translation>再做一次这个练习</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="385"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="386"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="387"/>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/page.py" line="388"/>
        <source>Done: record this exercise</source>
        <translation>完成：记下这次练习</translation>
    </message>
</context>
<context>
    <name>ExercisesWindow</name>
    <message>
        <location filename="../../companion/ui/exercises/window.py" line="154"/>
        <source>Short exercises · Companion</source>
        <translation>小练习 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/window.py" line="155"/>
        <source>Exercises</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/window.py" line="156"/>
        <source>↑ ↓ choose an exercise, Enter opens it</source>
        <translation>↑ ↓ 键选择练习，Enter 键打开</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/window.py" line="166"/>
        <source>A few minutes for yourself</source>
        <translation>花几分钟照顾一下自己</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/window.py" line="169"/>
        <source>Choose an exercise on the left (↑ ↓, then Enter). Each one asks how distressed you are before and after, if you like; nothing is recorded until you press Done.</source>
        <translation>在左边选一个练习（↑ ↓ 键，再按 Enter 键）。每个练习前后都会问问你有多难受，可以不填；按“完成”之前，什么都不会记下来。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/window.py" line="203"/>
        <source>Your text contains an invisible control character, probably from a paste. Please remove it.</source>
        <translation>文字里有一个看不见的控制字符，可能是粘贴进来的。请把它删掉。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/window.py" line="207"/>
        <source>Your text is too long to keep. Please shorten it.</source>
        <translation>文字太长，存不下。请删短一些。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/window.py" line="215"/>
        <source>This could not be recorded; everything is still here. Please try again.</source>
        <translation>没能记下来；你写的内容都还在。请再试一次。</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../../companion/ui/charts/heat_map.py" line="214"/>
        <source>%1: no entries</source>
        <translation>%1：没有记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/heat_map.py" line="260"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/heat_map.py" line="260"/>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/heat_map.py" line="260"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/heat_map.py" line="260"/>
        <source>Mean stress</source>
        <translation>平均压力</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/heat_map.py" line="274"/>
        <source>1 hour with entries</source>
        <translation>1 个时段有记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/heat_map.py" line="276"/>
        <source>%1 hours of the week with entries</source>
        <translation>每周有 %1 个时段有记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/heat_map.py" line="279"/>
        <source>mean stress</source>
        <translation>平均压力</translation>
    </message>
</context>
<context>
    <name>HelpContacts</name>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="53"/>
        <source>Family, a friend or a colleague you trust</source>
        <translation>家人、朋友或信任的同事</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="54"/>
        <source>Someone you feel at ease with: tell them how things have been.</source>
        <translation>找一个让你安心的人，说说最近过得怎么样。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="59"/>
        <source>A counsellor</source>
        <translation>心理咨询师</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="60"/>
        <source>A counsellor listens in confidence and helps you find a way through; a hospital&apos;s psychology clinic or your doctor can point you to one.</source>
        <translation>心理咨询师会为你保密，陪你把事情理清楚；医院的心理门诊或你的医生可以帮你找到。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="68"/>
        <source>If your company has one, it is usually free and confidential: your employer is not told who called. Your administrator can add its number here.</source>
        <translation>如果公司有员工援助计划，通常是免费、保密的，公司不会知道是谁打来的。管理员可以在这里填上它的电话。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="75"/>
        <source>Your team lead or mentor</source>
        <translation>你的组长或带教师傅</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="76"/>
        <source>If you like, they can also help with your workload or shifts.</source>
        <translation>如果你愿意，也可以请他们帮你调整工作量或班次。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="67"/>
        <source>Employee assistance programme (EAP)</source>
        <translation>员工援助计划（EAP）</translation>
    </message>
</context>
<context>
    <name>HelpContactsWindow</name>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="248"/>
        <location filename="../../companion/ui/help_contacts.py" line="312"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="250"/>
        <location filename="../../companion/ui/help_contacts.py" line="314"/>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="372"/>
        <source>Where to turn · Companion</source>
        <translation>可以找谁 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="373"/>
        <source>Where to turn</source>
        <translation>可以找谁</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="374"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="375"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="380"/>
        <source>When things feel heavy, talking to someone helps, and it doesn&apos;t have to be serious first. These are people you can reach:</source>
        <translation>心里沉重的时候，找人聊聊会有帮助，不必等到事情很严重。你可以联系这些人：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="385"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="390"/>
        <source>These are general pointers. Use “Edit…” to add the names and numbers that apply to you; an administrator can also fill them in for everyone.</source>
        <translation>这些是通用提示。可以用“编辑…”填上适用于你的姓名和联系方式，管理员也可以统一设置。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help_contacts.py" line="395"/>
        <source>Only you see this list; nothing is sent anywhere.</source>
        <translation>这个列表只有你能看到，不会发送到任何地方。</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../companion/ui/history.py" line="278"/>
        <source>Mood log · Companion</source>
        <translation>心情记录 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="279"/>
        <source>Mood log</source>
        <translation>心情记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="281"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="281"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="281"/>
        <source>none</source>
        <comment>an empty cell, spoken</comment>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="286"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="287"/>
        <source>Stress</source>
        <translation>压力值</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="288"/>
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="289"/>
        <source>Call type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="290"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="293"/>
        <source>Mood entries, newest first</source>
        <translation>心情记录，最新的在最前面</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="294"/>
        <location filename="../../companion/ui/history.py" line="295"/>
        <source>Search notes</source>
        <translation>搜索备注</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="296"/>
        <source>Search the notes (Ctrl+F); Esc clears the search</source>
        <translation>搜索备注（Ctrl+F）；按 Esc 键清除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="299"/>
        <source>All call types</source>
        <translation>全部问题类型</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="302"/>
        <source>Show call type</source>
        <translation>按问题类型筛选</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="305"/>
        <source>All emotions</source>
        <translation>全部情绪</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="308"/>
        <source>Show emotion</source>
        <translation>按情绪筛选</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="311"/>
        <source>No entries yet.

After a difficult contact, choose “Log mood” in the tray menu: press a number for your stress, pick how you feel, and press Enter. Your entries will appear here, newest first.</source>
        <translation>还没有记录。

接待完一位难缠的客户后，在托盘菜单里选择“记录心情”：按一个数字表示压力值，选上此刻的情绪，再按 Enter 键就好。你的记录会显示在这里，最新的在最前面。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="318"/>
        <source>No entries match.

Try other words, or clear the filters to see every entry.</source>
        <translation>没有符合条件的记录。

换个关键词试试，或清除筛选查看全部记录。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="321"/>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="322"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="323"/>
        <source>Show every date and time</source>
        <translation>显示所有日期和时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="325"/>
        <source>&amp;Log mood…</source>
        <translation>记录心情(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="326"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="327"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="328"/>
        <source>Re&amp;frame…</source>
        <translation>换个角度想(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="330"/>
        <source>Look at the thought behind this entry with a reframing exercise</source>
        <translation>用认知重构练习，看看这条记录背后的想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="332"/>
        <source>Delete the selected entry (Del)</source>
        <translation>删除选中的记录（Delete 键）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="433"/>
        <source>Showing only: %1</source>
        <translation>仅显示：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="434"/>
        <source>Remove the filter “%1”</source>
        <translation>移除筛选“%1”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="472"/>
        <source>%1 of 1 entry</source>
        <translation>显示 %1 条，共 1 条</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_scope.py" line="35"/>
        <source>Mondays</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_scope.py" line="36"/>
        <source>Tuesdays</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_scope.py" line="37"/>
        <source>Wednesdays</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_scope.py" line="38"/>
        <source>Thursdays</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_scope.py" line="39"/>
        <source>Fridays</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_scope.py" line="40"/>
        <source>Saturdays</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_scope.py" line="41"/>
        <source>Sundays</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_scope.py" line="72"/>
        <source>Since %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_scope.py" line="76"/>
        <source>Before %1</source>
        <translation>%1 之前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/history.py" line="474"/>
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>显示 %1 条，共 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/history.py" line="479"/>
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="479"/>
        <source>1 entry</source>
        <translation>共 1 条记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="522"/>
        <source>The change could not be saved. Please try again.</source>
        <translation>修改没能保存，请再试一次。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="534"/>
        <source>Delete entry?</source>
        <translation>删除这条记录？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="535"/>
        <source>Delete the entry from %1 (stress %2)? This cannot be undone.</source>
        <translation>确定删除 %1 的这条记录（压力值 %2）吗？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/history.py" line="538"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>LiveSettings</name>
    <message>
        <location filename="../../companion/features/live_settings.py" line="98"/>
        <source>Settings file not used</source>
        <translation>设置文件未被采用</translation>
    </message>
    <message>
        <location filename="../../companion/features/live_settings.py" line="99"/>
        <source>The settings file was changed but cannot be used (%1). The settings in force stay as they were until it is fixed.</source>
        <translation>设置文件已被修改，但无法使用（%1）。在文件修好之前，当前生效的设置保持不变。</translation>
    </message>
    <message>
        <location filename="../../companion/features/live_settings.py" line="109"/>
        <source>Some settings were not used</source>
        <translation>部分设置没有生效</translation>
    </message>
    <message>
        <location filename="../../companion/features/live_settings.py" line="110"/>
        <source>The settings file was changed. These settings were ignored and take their defaults; the others apply:</source>
        <translation>设置文件已被修改。以下设置被忽略，改用默认值；其余设置照常生效：</translation>
    </message>
</context>
<context>
    <name>MoodForm</name>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="194"/>
        <source>Choose your stress first: press a number from 0 to 10.</source>
        <translation>请先选一个压力值（0–10）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="197"/>
        <source>The note is %1 characters long; at most %2 fit. Please shorten it.</source>
        <translation>备注有 %1 个字，最多只能写 %2 个字，请删减一些。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="203"/>
        <source>The note contains an invisible control character (%1), probably from a paste. Please remove it.</source>
        <translation>备注里有一个看不见的控制字符（%1），可能是粘贴时带进来的，请把它删掉。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="207"/>
        <source>The time is in the future. Choose a time that has passed.</source>
        <translation>这个时间还没到，请选择一个已经过去的时间。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="209"/>
        <source>The time is too long ago. Choose a time after the year 2000.</source>
        <translation>这个时间太早了，请选择 2000 年以后的时间。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="233"/>
        <source>How stressed were you then? (0 = calm, 10 = at your limit)</source>
        <translation>当时压力有多大？（0 = 很平静，10 = 到极限了）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="235"/>
        <source>How stressed are you right now? (0 = calm, 10 = at your limit)</source>
        <translation>此刻压力有多大？（0 = 很平静，10 = 到极限了）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="238"/>
        <source>Stress {}</source>
        <translation>压力值 {}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="239"/>
        <source>Keys 0–9 choose, 1 then 0 for 10, ↑ ↓ adjust</source>
        <translation>按 0–9 选择，10 请连按 1、0，↑ ↓ 键微调</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="240"/>
        <source>Not chosen yet.</source>
        <translation>还没有选择。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="241"/>
        <source>Emotions (any that fit)</source>
        <translation>情绪（可多选）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="244"/>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="246"/>
        <location filename="../../companion/ui/mood_form.py" line="249"/>
        <source>Call type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="251"/>
        <source>&amp;Note (optional)</source>
        <translation>备注（选填）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="252"/>
        <source>What happened, in a few words</source>
        <translation>简单写写发生了什么</translation>
    </message>
    <message>
        <location filename="../../companion/ui/mood_form.py" line="253"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>NvcPage</name>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="131"/>
        <source>Your reply appears here as you type.</source>
        <translation>你写的时候，完整的回复会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="140"/>
        <source>Copied. Paste it into your reply.</source>
        <translation>已复制，粘贴到回复里就行。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="148"/>
        <source>Your reply: %1</source>
        <translation>你的回复：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="159"/>
        <source>Start from an e&amp;xample (Enter fills it in)</source>
        <translation>从例子开始（Enter 键填入）(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="160"/>
        <source>Examples</source>
        <translation>例子</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="173"/>
        <source>&amp;Use</source>
        <translation>填入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="174"/>
        <source>Fill in the chosen example</source>
        <translation>填入选中的例子</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="178"/>
        <source>Feeling</source>
        <translation>感受</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="179"/>
        <source>e.g. worried, let down</source>
        <translation>例如：着急、失望</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="177"/>
        <source>&amp;Feeling: the feeling right now (theirs, or your own)</source>
        <translation>感受(&amp;F)：此刻的感受（对方的，或你自己的）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="182"/>
        <source>N&amp;eed: what matters underneath it</source>
        <translation>需要(&amp;E)：感受背后真正在意的事</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="183"/>
        <source>Need</source>
        <translation>需要</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="184"/>
        <source>e.g. getting it on time</source>
        <translation>例如：按时收到东西</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="187"/>
        <source>&amp;Request: one concrete next step</source>
        <translation>请求(&amp;R)：一个具体的下一步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="188"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="189"/>
        <source>e.g. check with the courier and call you back in ten minutes</source>
        <translation>例如：联系快递查一下，十分钟内回复您</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="196"/>
        <location filename="../../companion/ui/exercises/nvc.py" line="197"/>
        <source>Your calm reply</source>
        <translation>平和的回复</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="198"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/nvc.py" line="199"/>
        <source>Copy the reply</source>
        <translation>复制这段回复</translation>
    </message>
</context>
<context>
    <name>Payoff</name>
    <message>
        <location filename="../../companion/ui/payoff_words.py" line="22"/>
        <source>distress</source>
        <translation>难受程度</translation>
    </message>
    <message>
        <location filename="../../companion/ui/payoff_words.py" line="33"/>
        <source>%1: from %2 to %3</source>
        <translation>%1：从 %2 到 %3</translation>
    </message>
    <message>
        <location filename="../../companion/ui/payoff_words.py" line="42"/>
        <source>Lower than when you started. Good that you took these few minutes.</source>
        <translation>比开始时低了。给自己留出这几分钟，是件好事。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/payoff_words.py" line="46"/>
        <source>The same as when you started, and that is all right: sometimes an exercise helps a little later, or simply gives you a pause.</source>
        <translation>和开始时一样，这也没关系：练习的作用有时来得晚一些，有时它只是让你停下来喘口气。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/payoff_words.py" line="52"/>
        <source>Higher than when you started. That happens when something hard is still on your mind, and it usually settles with time. If it stays heavy, Where to turn is in the tray menu.</source>
        <translation>比开始时高了。心里还压着难受的事时，常会这样，过一阵子通常会平复。如果一直很沉重，托盘菜单里有“可以找谁”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/payoff_words.py" line="58"/>
        <source>Recorded. When you rate your distress before and after, the change shows here.</source>
        <translation>已记录。练习前后都给难受程度打分的话，这里会显示变化。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/payoff_words.py" line="65"/>
        <source>Your feelings are lighter than when you began. Good that you took the time to look at this thought.</source>
        <translation>和刚开始时相比，情绪轻了一些。愿意停下来看看这个念头，是件好事。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/payoff_words.py" line="71"/>
        <source>Your feelings are as strong as when you began, and that is all right: writing a thought down often helps a little later rather than at once.</source>
        <translation>情绪和刚开始时一样强烈，这也没关系：把念头写下来，作用往往要过一阵子才显出来。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/payoff_words.py" line="77"/>
        <source>Some feelings are stronger than when you began. Looking closely at a hard moment can stir it up for a while. If it stays heavy, Where to turn is in the tray menu.</source>
        <translation>有些情绪比刚开始时更强了。仔细回看难受的时刻，情绪有时会被翻起来一阵。如果一直很沉重，托盘菜单里有“可以找谁”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/payoff_words.py" line="83"/>
        <source>Some feelings are lighter and some stronger. After a hard contact, both can be true at once.</source>
        <translation>有的情绪轻了，有的更强了。接待完一位难缠的客户，两种感受同时存在很正常。</translation>
    </message>
</context>
<context>
    <name>PositiveReframingPage</name>
    <message>
        <location filename="../../companion/ui/exercises/positive_reframing.py" line="54"/>
        <source>Your kinder reading: %1</source>
        <translation>更善意的解读：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/positive_reframing.py" line="62"/>
        <source>Examples: a harsh reading → a kinder one</source>
        <translation>例子：往坏处想 → 更善意的解读</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/positive_reframing.py" line="75"/>
        <source>Examples</source>
        <translation>例子</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/positive_reframing.py" line="76"/>
        <source>Your first, &amp;harsh reading of what happened</source>
        <translation>你的第一反应，往坏处想的那种(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/positive_reframing.py" line="77"/>
        <source>Your harsh reading</source>
        <translation>往坏处想的解读</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/positive_reframing.py" line="78"/>
        <source>What went through your mind at first</source>
        <translation>当时脑子里冒出来的想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/positive_reframing.py" line="79"/>
        <source>A &amp;kinder reading that also fits the facts</source>
        <translation>一个更善意、也符合事实的解释(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/positive_reframing.py" line="80"/>
        <source>Your kinder reading</source>
        <translation>更善意的解读</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/positive_reframing.py" line="81"/>
        <source>What might be going on for the customer?</source>
        <translation>客户那边可能碰上了什么事？</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../companion/ui/practice.py" line="83"/>
        <source>Spot the thinking trap · Companion</source>
        <translation>找出思维偏差 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="84"/>
        <source>Which thinking traps does this thought show? Tick any that fit.</source>
        <translation>这个想法里有哪些思维偏差？勾选所有符合的。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="85"/>
        <source>&amp;Check</source>
        <translation>看答案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="86"/>
        <source>&amp;Next thought</source>
        <translation>下一个想法(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="87"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="104"/>
        <source>Thought %1 of %2 · %3 right so far</source>
        <translation>第 %1 个，共 %2 个 · 已答对 %3 个</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="129"/>
        <source>Yes: this thought shows %1.</source>
        <translation>答对了：这个想法里有%1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/practice.py" line="131"/>
        <source>This one mainly shows %1. Look again at its wording.</source>
        <translation>这个想法主要是%1。再看看它的措辞。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../companion/ui/qt_words.py" line="33"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../companion/ui/qt_words.py" line="34"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../companion/ui/qt_words.py" line="31"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/qt_words.py" line="32"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="139"/>
        <source>Log mood · Companion</source>
        <translation>记录心情 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="140"/>
        <source>How are you after that contact?</source>
        <translation>刚接待完这位客户，你感觉怎么样？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="143"/>
        <source>Tab moves between groups, arrows within one, Space ticks · Enter saves (Ctrl+Enter in the note) · Esc closes and keeps a note for next time</source>
        <translation>Tab 键在各组之间切换，方向键在组内移动，空格键勾选
Enter 键保存（在备注里按 Ctrl+Enter）· Esc 键关闭，写好的备注下次还在</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="147"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="149"/>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="150"/>
        <source>Forget what was typed and start afresh</source>
        <translation>清空已填写的内容，重新开始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="227"/>
        <source>Not saved yet: what you typed at %1 is back.</source>
        <translation>还没保存：你在 %1 填写的内容已恢复。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="268"/>
        <source>The store is still opening. Please try again in a moment.</source>
        <translation>数据还在加载，请稍等片刻再试。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="276"/>
        <source>Your entry could not be saved; it is still here. Please try again.</source>
        <translation>这条记录没能保存，填写的内容还在，请再试一次。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/quick_log.py" line="280"/>
        <source>Saved: stress %1.</source>
        <translation>已保存：压力值 %1。</translation>
    </message>
</context>
<context>
    <name>ReframingWizard</name>
    <message>
        <location filename="../../companion/ui/reframing_wizard/facts.py" line="127"/>
        <source>How strong: %1</source>
        <translation>强度：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="154"/>
        <source>How strong now: %1</source>
        <translation>现在的强度：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/traps.py" line="85"/>
        <source>For example: “%1”</source>
        <translation>例如：“%1”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/window.py" line="221"/>
        <source>Reframe a thought · Companion</source>
        <translation>换个角度想 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/window.py" line="222"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/window.py" line="223"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/window.py" line="224"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/facts.py" line="37"/>
        <source>Only what a camera would have seen and heard, e.g. “The customer said the parcel was late and asked for a refund.”</source>
        <translation>只写摄像头能拍到、能录到的事实，例如：“客户说包裹迟到了，要求退款。”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/facts.py" line="80"/>
        <source>The words that went through your head, e.g. “It&apos;s my fault again.”</source>
        <translation>当时脑子里冒出来的原话，例如：“又是我的错。”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="76"/>
        <source>A fairer way to see it, in your own words</source>
        <translation>用自己的话，写一个更客观的想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="79"/>
        <source>Examples (Enter or double-click to use one):</source>
        <translation>参考例子（按 Enter 键或双击选用）：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="82"/>
        <source>How much do you believe this balanced thought?</source>
        <translation>你有多相信这个更客观的想法？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/traps.py" line="147"/>
        <source>No distortion chosen. Go back to choose one, or skip this step.</source>
        <translation>还没有选择思维偏差。可以返回上一步选择，也可以跳过这一步。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="156"/>
        <source>You rated no emotions before; go back to rate them, or finish here.</source>
        <translation>之前没有给情绪打分；可以返回去打分，也可以直接完成。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/facts.py" line="43"/>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/facts.py" line="85"/>
        <source>Automatic thought</source>
        <translation>当时的念头</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="84"/>
        <source>Balanced thought</source>
        <translation>更客观的想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="86"/>
        <source>Examples of balanced thoughts</source>
        <translation>更客观的想法的参考例子</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="89"/>
        <source>How much you believe the balanced thought, 0 to 100</source>
        <translation>有多相信更客观的想法（0–100）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="92"/>
        <source>Enter or double-click uses the chosen example as your balanced thought.</source>
        <translation>按 Enter 键或双击，把选中的例子用作你的更客观的想法。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/facts.py" line="27"/>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/facts.py" line="30"/>
        <source>Describe the situation in a sentence or two, facts only.</source>
        <translation>用一两句话描述当时的情况，只写事实。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/facts.py" line="68"/>
        <source>What went through your mind?</source>
        <translation>当时你脑子里在想什么？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/facts.py" line="71"/>
        <source>Write the thought as it came, even if it seems harsh. This is the one step you cannot skip.</source>
        <translation>照原样写下那个念头，哪怕它听起来很刺耳。只有这一步不能跳过。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/facts.py" line="118"/>
        <source>What did you feel, and how strongly?</source>
        <translation>你有什么感受？有多强烈？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/facts.py" line="121"/>
        <source>Tick each emotion and set how strong it was, 0 to 100.</source>
        <translation>勾选有过的情绪，并设定强度（0–100）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/traps.py" line="53"/>
        <source>Which thinking traps fit?</source>
        <translation>有哪些思维偏差？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/traps.py" line="56"/>
        <source>Choose any that fit. The suggestions come from your wording; you decide.</source>
        <translation>选出符合的思维偏差。建议是根据你的措辞给出的，最终由你决定。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/traps.py" line="135"/>
        <source>Test the thought</source>
        <translation>检验这个想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/traps.py" line="138"/>
        <source>Answer the questions for each trap you chose: what speaks for the thought, and what speaks against it?</source>
        <translation>针对你选的每一种偏差回答问题：哪些事实支持这个想法，哪些事实不支持？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="66"/>
        <source>A balanced thought</source>
        <translation>更客观的想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="69"/>
        <source>Write a thought that takes all the evidence into account.</source>
        <translation>把正反两方面的证据都考虑进去，写下一个更客观的想法。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="147"/>
        <source>How strong are the emotions now?</source>
        <translation>现在这些情绪有多强？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/balanced.py" line="150"/>
        <source>Rate them again; any change, however small, counts.</source>
        <translation>再打一次分；哪怕变化很小，也算数。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/end.py" line="45"/>
        <source>Your thought record is saved</source>
        <translation>思维记录已保存</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/end.py" line="48"/>
        <source>You can read it again under Thought records in the tray menu.</source>
        <translation>可以在托盘菜单的“思维记录”里再读一遍。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/window.py" line="284"/>
        <source>Your thought record could not be saved just now; everything you wrote is still here. Companion tries again as you go on, or press Finish again.</source>
        <translation>这条思维记录暂时没能保存，你写的内容都还在。继续填写时心伴会再试一次，也可以再点一次“完成”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/facts.py" line="96"/>
        <source>Write the thought first; it is the one step needed.</source>
        <translation>请先写下当时的念头，这是唯一必填的一步。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/end.py" line="58"/>
        <source>How strong the emotions were before, and after:</source>
        <translation>这些情绪之前和现在有多强：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/end.py" line="66"/>
        <source>Your balanced thought: “%1”</source>
        <translation>更客观的想法：“%1”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/window.py" line="352"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/window.py" line="359"/>
        <source>Your thought: “%1”</source>
        <translation>当时的念头：“%1”</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/window.py" line="376"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/traps.py" line="111"/>
        <source>Suggested from your wording: %1</source>
        <translation>根据你的措辞，可能是：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/traps.py" line="102"/>
        <source>Nothing in the wording points to a trap; choose any that fit, or skip.</source>
        <translation>从措辞上看不出明显的偏差；可以自己选择，也可以跳过。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/traps.py" line="201"/>
        <source>What speaks for the thought?</source>
        <translation>哪些事实支持这个想法？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/traps.py" line="203"/>
        <source>What speaks against it?</source>
        <translation>哪些事实不支持它？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/traps.py" line="206"/>
        <source>Evidence for: %1</source>
        <translation>支持的证据：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reframing_wizard/traps.py" line="209"/>
        <source>Evidence against: %1</source>
        <translation>不支持的证据：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="240"/>
        <source>Settings · Companion</source>
        <translation>设置 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="242"/>
        <source>Shi&amp;ft</source>
        <translation>班次(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="243"/>
        <source>&amp;Breaks</source>
        <translation>休息(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="244"/>
        <source>&amp;Calls</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="245"/>
        <source>&amp;Quick keys</source>
        <translation>快捷键(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="246"/>
        <source>Check-&amp;in</source>
        <translation>身心自评与提醒(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="247"/>
        <source>Your &amp;data</source>
        <translation>我的数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="248"/>
        <source>&amp;Your team</source>
        <translation>我的团队(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="250"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="253"/>
        <source>Settings sections</source>
        <translation>设置分类</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="254"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="255"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="329"/>
        <source>Some settings were changed outside this window (for example with “companion config set”). It now shows the settings in force.</source>
        <translation>有设置在此窗口之外被修改了（例如通过“companion config set”）。窗口现在显示的是当前生效的设置。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="337"/>
        <source>Some settings were changed outside this window (for example with “companion config set”). It now shows them, except where you had already made a change (%1): yours is kept. Save to use your changes, or Cancel to keep the settings in force.</source>
        <translation>有设置在此窗口之外被修改了（例如通过“companion config set”）。窗口已显示新的值，只有你已经改动过的地方（%1页）保留你的修改。点“保存”使用你的修改，点“取消”则保留当前生效的设置。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="341"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="387"/>
        <source>Fix the long-break interval on the Breaks tab to save.</source>
        <translation>请先在“休息”页改正长休息间隔，再保存。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="391"/>
        <source>Fix the shortcut on the Quick keys tab to save.</source>
        <translation>请先在“快捷键”页改正快捷键，再保存。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="249"/>
        <source>Where to &amp;turn</source>
        <translation>可以找谁(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="70"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="71"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="72"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="73"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="74"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="75"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="76"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="79"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="80"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="81"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="82"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="83"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="84"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/widgets.py" line="85"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="107"/>
        <source>Working week</source>
        <translation>每周工作安排</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="108"/>
        <source>Usual working &amp;hours</source>
        <translation>平时的工作时间(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="118"/>
        <source>&amp;Working days</source>
        <translation>工作日(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="119"/>
        <source>Other hours that day</source>
        <translation>当天时间不同</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="126"/>
        <location filename="../../companion/ui/welcome.py" line="293"/>
        <source>%1 is a working day</source>
        <translation>%1是工作日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="128"/>
        <source>as usual</source>
        <translation>与平时相同</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="130"/>
        <source>Other hours on %1 (empty: as usual)</source>
        <translation>%1的工作时间（留空则与平时相同）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="134"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="135"/>
        <source>Days off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="136"/>
        <source>Extra working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="139"/>
        <source>Days &amp;off (holidays)</source>
        <translation>休息日（节假日）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="137"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="112"/>
        <source>Below, other hours for some days, typed the same way (9-18, 9-12, 13:30-18); 22-6 runs overnight.</source>
        <translation>下面可以给某几天另设工作时间，写法相同（如 9-18 或 9-12，13:30-18）；22-6 表示跨夜到次日。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="137"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="142"/>
        <source>E&amp;xtra working days</source>
        <translation>调休上班日(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="145"/>
        <source>No breaks on these days, such as public holidays.</source>
        <translation>这些日子不提醒休息，比如法定节假日。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="148"/>
        <source>Working days outside the usual week, such as make-up weekends.</source>
        <translation>平常工作周以外的上班日，比如调休补班的周末。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="152"/>
        <source>Start Companion when I &amp;log in</source>
        <translation>登录系统时自动启动心伴(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="107"/>
        <source>Breaks are only offered within your shift, and never during a call.</source>
        <translation>只在班次内提醒休息，通话中绝不打扰。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="112"/>
        <source>Micro-breaks (guided breathing)</source>
        <translation>微休息（呼吸引导）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="113"/>
        <source>Long breaks (away from the screen)</source>
        <translation>长休息（离开屏幕）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="114"/>
        <source>Notice and postponing</source>
        <translation>休息预告与推迟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="115"/>
        <source>Dim the screens d&amp;uring a break</source>
        <translation>休息时调暗屏幕(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="117"/>
        <source>A screen reader says each breath of a brea&amp;k</source>
        <translation>休息时由读屏软件念出每次呼吸(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="120"/>
        <source>With a screen reader, hear &quot;Breathe in&quot; and &quot;Breathe out&quot; with the circle. The break&apos;s start and its time left are said either way.</source>
        <translation>使用读屏软件时，随着圆圈听到“吸气”“呼气”。休息的开始和剩余时间无论是否勾选都会念出。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="126"/>
        <source>S&amp;ound</source>
        <translation>提示音(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="128"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="129"/>
        <source>A soft chime as a break starts and ends</source>
        <translation>休息开始和结束时轻响一声</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="130"/>
        <source>A soft chime as a break starts and ends, and at each breath</source>
        <translation>休息开始和结束时，以及每次吸气、呼气时轻响一声</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="136"/>
        <source>Sound during breaks</source>
        <translation>休息时的提示音</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="137"/>
        <location filename="../../companion/ui/settings/calls_tab.py" line="102"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="137"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="140"/>
        <source>A micro-break &amp;every</source>
        <translation>微休息间隔(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="143"/>
        <source>&amp;Lasting</source>
        <translation>时长(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="145"/>
        <source>A long break eve&amp;ry</source>
        <translation>长休息间隔(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="148"/>
        <source>Lastin&amp;g</source>
        <translation>时长(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="150"/>
        <source>&amp;Notice shown before a break</source>
        <translation>休息预告提前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="154"/>
        <source>It starts once the h&amp;ands rest for</source>
        <translation>键盘鼠标停下多久才开始(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="158"/>
        <source>&amp;Waiting for that pause up to</source>
        <translation>最多等这样的停顿(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="162"/>
        <source>“&amp;Postpone” moves a break by</source>
        <translation>每次“推迟”顺延(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="165"/>
        <source>Postpone at &amp;most</source>
        <translation>最多连续推迟(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="168"/>
        <source>Minutes between micro-breaks</source>
        <translation>两次微休息之间的分钟数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="171"/>
        <source>Length of a micro-break in seconds</source>
        <translation>微休息时长（秒）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="174"/>
        <source>Minutes between long breaks</source>
        <translation>两次长休息之间的分钟数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="177"/>
        <source>Length of a long break in minutes</source>
        <translation>长休息时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="178"/>
        <source>Seconds the notice comes before a break</source>
        <translation>休息预告提前的秒数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="181"/>
        <source>Seconds without typing or using the mouse before a break starts</source>
        <translation>休息开始前，键盘和鼠标需要停下的秒数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="185"/>
        <source>Minutes a break waits for that pause before the notice just stays</source>
        <translation>最多等待停顿的分钟数，之后提醒只留在屏幕角落</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="189"/>
        <source>Minutes a postpone moves a break by</source>
        <translation>每次推迟顺延的分钟数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="192"/>
        <source>Most postpones in a row</source>
        <translation>最多连续推迟的次数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="227"/>
        <source>A long break can&apos;t come more often than a micro-break: make this at least %1 min, or make micro-breaks less frequent.</source>
        <translation>长休息不能比微休息更频繁：请把这里设为至少 %1 分钟，或者把微休息的间隔调长。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="240"/>
        <source> time in a row</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/breaks_tab.py" line="242"/>
        <source> times in a row</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/calls_tab.py" line="93"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/calls_tab.py" line="95"/>
        <source>Treat the &amp;microphone being in use as being on a call</source>
        <translation>麦克风正在使用时视为通话中(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/calls_tab.py" line="99"/>
        <source>A call switched on by hand &amp;ends by itself after</source>
        <translation>手动开启的“通话中”最长持续(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/calls_tab.py" line="104"/>
        <source>Minutes after which a call switched on by hand ends by itself</source>
        <translation>手动开启的“通话中”在多少分钟后自动结束</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/calls_tab.py" line="109"/>
        <source>Offer to &amp;log a mood when a call ends</source>
        <translation>通话结束后提示记录心情(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/calls_tab.py" line="113"/>
        <source>&amp;After a mood log, offer breathing or reframing from a stress of</source>
        <translation>记录心情后，建议做练习的最低压力值(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/calls_tab.py" line="120"/>
        <source>Lowest stress at which breathing or reframing is offered</source>
        <translation>建议做呼吸练习或换个角度想的最低压力值</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/calls_tab.py" line="122"/>
        <source>Time away from the keyboard</source>
        <translation>离开键盘的时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/calls_tab.py" line="123"/>
        <source>Do not disturb and full screen</source>
        <translation>请勿打扰和全屏</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="88"/>
        <source>Weekly check-in</source>
        <translation>每周身心自评</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="89"/>
        <source>Offer the weekly wellbeing chec&amp;k-in</source>
        <translation>提醒我做每周身心自评(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="91"/>
        <source>O&amp;n</source>
        <translation>每周(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="92"/>
        <source>&amp;at</source>
        <translation>时间(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="99"/>
        <source>Weekday of the check-in</source>
        <translation>身心自评在星期几</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="100"/>
        <source>Time of the check-in</source>
        <translation>身心自评的时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="102"/>
        <source>Five short questions about the last two weeks (the WHO-5). Offered once at this time, not at all if you have done it that week, and never during a pause or a call. “Weekly check-in…” in the tray menu opens it any time.</source>
        <translation>五个简短的问题（WHO-5），了解你过去两周的状态。到时间会提醒一次；当周已经做过就不再提醒，暂停休息提醒或通话期间也不会出现。也可以随时从托盘菜单的“每周身心自评…”打开。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="109"/>
        <source>When the shift ends</source>
        <translation>下班时</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="110"/>
        <source>Show a s&amp;ummary of the day</source>
        <translation>显示今日小结(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="113"/>
        <source>If nothing was logged that day, remind me to lo&amp;g</source>
        <translation>当天没有记录时提醒我记录(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="117"/>
        <source> min later</source>
        <translation> 分钟后</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="119"/>
        <source>Minutes after the shift ends to remind me to log</source>
        <translation>下班后多少分钟提醒我记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/checkin_tab.py" line="122"/>
        <source>No reminder comes during a pause or a call. Both can be turned off here.</source>
        <translation>暂停或通话期间不会有任何提醒。两项都可以在这里关闭。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="129"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="131"/>
        <source>Everything Companion keeps stays on this computer. An export is one file with all your mood entries, thought records, exercises, breaks, check-ins, plan and settings, which Import reads back, here or on another computer. CSV files open in a spreadsheet. Neither is encrypted: keep them private.</source>
        <translation>心伴保存的一切都只在这台电脑上。导出会生成一个文件，包含你的全部心情记录、思维记录、练习、休息、每周身心自评、计划和设置，可以在这台或另一台电脑上用“导入”读回。CSV 文件可以用电子表格打开。两者都未加密，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="139"/>
        <source>&amp;Export my data…</source>
        <translation>导出我的数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="140"/>
        <source>Export as CS&amp;V…</source>
        <translation>导出为 CSV(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="141"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="143"/>
        <source>Bring back the records of an export made with Companion, from this computer or another. Records already here stay as they are, and settings you have set here are kept. The whole file is checked first: if anything in it is wrong, nothing is imported.</source>
        <translation>把心伴导出的记录导回来，无论导出自这台电脑还是另一台。本机已有的记录保持不变，你在本机设置过的项目也会保留。导入前会先检查整个文件：只要有一处不对，就什么都不导入。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="151"/>
        <source>Im&amp;port…</source>
        <translation>导入(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="152"/>
        <source>Erase</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="154"/>
        <source>Erasing deletes all your entries, thought records, exercises and breaks, with their backups, the files kept aside and the logs. It cannot be undone. Your settings are kept.</source>
        <translation>清除会删除你的所有心情记录、思维记录、练习和休息记录，以及备份、另存的文件和日志。此操作无法撤销。设置会保留。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="161"/>
        <source>E&amp;rase all my data…</source>
        <translation>清除我的全部数据(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="173"/>
        <source>Export my data</source>
        <translation>导出我的数据</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="175"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="190"/>
        <source>Where to save the CSV files</source>
        <translation>选择保存 CSV 文件的位置</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="204"/>
        <source>Import an export</source>
        <translation>选择要导入的导出文件</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="206"/>
        <source>Companion exports (*.json);;All files (*)</source>
        <translation>心伴导出文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="242"/>
        <source>Gathering all your records…</source>
        <translation>正在整理你的全部记录……</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="244"/>
        <source>Writing the export…</source>
        <translation>正在写入导出文件……</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="246"/>
        <source>Reading the file…</source>
        <translation>正在读取文件……</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="248"/>
        <source>Checking every record in the file…</source>
        <translation>正在检查文件中的每一条记录……</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="250"/>
        <source>Saving %Ln new records…</source>
        <translation>正在保存 %Ln 条新记录……</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="251"/>
        <source>Working…</source>
        <translation>正在处理……</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="275"/>
        <source>Erase all your data?</source>
        <translation>清除你的全部数据？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="276"/>
        <source>Erase all your mood entries, thought records, exercises and breaks, their backups, the files kept aside and the logs?

This cannot be undone. Export your data first if you may want it later. Your settings are kept.</source>
        <translation>要清除你的所有心情记录、思维记录、练习和休息记录，以及它们的备份、另存的文件和日志吗？

此操作无法撤销。如果以后可能还需要，请先导出数据。设置会保留。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/data_tab.py" line="283"/>
        <source>Erase everything</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="54"/>
        <source>Works here: %1.</source>
        <translation>在这台电脑上可用：%1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="58"/>
        <source>Can&apos;t be detected here: the PulseAudio tools (pactl) are not installed. Use “I&apos;m on a call” in the tray menu instead.</source>
        <translation>这里无法检测：没有安装 PulseAudio 工具（pactl）。请改用托盘菜单里的“我在通话中”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="64"/>
        <source>Can&apos;t be detected here: no PulseAudio or PipeWire sound server is running. Use “I&apos;m on a call” in the tray menu instead.</source>
        <translation>这里无法检测：没有运行 PulseAudio 或 PipeWire 声音服务。请改用托盘菜单里的“我在通话中”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="70"/>
        <source>Can&apos;t be detected on this system yet. Use “I&apos;m on a call” in the tray menu instead.</source>
        <translation>这个系统暂时无法检测。请改用托盘菜单里的“我在通话中”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="74"/>
        <source>Can&apos;t be detected here: checking the microphone failed (the log says why). Use “I&apos;m on a call” in the tray menu instead.</source>
        <translation>这里无法检测：检查麦克风时出错（原因见日志）。请改用托盘菜单里的“我在通话中”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="86"/>
        <source>from the X server</source>
        <translation>来自 X 服务器</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="88"/>
        <source>from GNOME (Mutter)</source>
        <translation>来自 GNOME（Mutter）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="90"/>
        <source>from KDE Plasma</source>
        <translation>来自 KDE Plasma</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="93"/>
        <source>from %1 (idle protocol)</source>
        <translation>来自 %1（空闲协议）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="96"/>
        <source>from the compositor (idle protocol)</source>
        <translation>来自窗口合成器（空闲协议）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="98"/>
        <source>from Windows</source>
        <translation>来自 Windows</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="100"/>
        <source>from macOS</source>
        <translation>来自 macOS</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="109"/>
        <source>Time away from the keyboard counts as a natural break. Idle time: %1.</source>
        <translation>离开键盘的时间会算作自然休息。空闲时间：%1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="113"/>
        <source>Time away from the keyboard counts as a natural break (%1).</source>
        <translation>离开键盘的时间会算作自然休息（%1）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="117"/>
        <source>Time away can&apos;t be measured on this Wayland desktop, so it is not counted as a break. On KDE Plasma, sway, Hyprland and other wlroots desktops, installing swayidle makes it work.</source>
        <translation>在这个 Wayland 桌面上无法测量离开的时间，所以不会算作休息。在 KDE Plasma、sway、Hyprland 等 wlroots 桌面上，安装 swayidle 后即可测量。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="124"/>
        <source>Time away can&apos;t be measured without a graphical desktop, so it is not counted as a break.</source>
        <translation>没有图形桌面，无法测量离开的时间，所以不会算作休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="130"/>
        <source>Time away can&apos;t be measured: the X11 screen saver library (libXss) is not installed, so it is not counted as a break.</source>
        <translation>无法测量离开的时间：没有安装 X11 屏保扩展库（libXss），所以不会算作休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="136"/>
        <source>Time away can&apos;t be measured: this X server has no screen saver extension, so it is not counted as a break.</source>
        <translation>无法测量离开的时间：这个 X 服务器没有屏保扩展，所以不会算作休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="142"/>
        <source>Time away can&apos;t be measured on this system yet, so it is not counted as a break.</source>
        <translation>这个系统暂时无法测量离开的时间，所以不会算作休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="146"/>
        <source>Time away can&apos;t be measured here (checking it failed; the log says why), so it is not counted as a break.</source>
        <translation>这里无法测量离开的时间（检查时出错，原因见日志），所以不会算作休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="157"/>
        <source>Do not disturb and full-screen programs can&apos;t be seen here: breaks come as usual (switch on “I&apos;m on a call” to hold them).</source>
        <translation>这台电脑上无法判断“请勿打扰”和全屏程序：休息照常提醒（打开“我在通话中”可以让休息等待）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="166"/>
        <source>Windows is in Do not disturb: breaks wait.</source>
        <translation>Windows 处于“请勿打扰”状态：休息会等待。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="167"/>
        <source>The desktop is in Do not disturb: breaks wait.</source>
        <translation>桌面处于“请勿打扰”状态：休息会等待。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="169"/>
        <source>Windows is in presentation mode: breaks wait.</source>
        <translation>Windows 处于演示模式：休息会等待。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="171"/>
        <source>A program fills the screen: breaks wait.</source>
        <translation>有程序正在全屏显示：休息会等待。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="172"/>
        <source>During Do not disturb, a presentation or a full-screen program, breaks wait and come right after. Now: nothing in the way.</source>
        <translation>“请勿打扰”、演示或全屏程序期间，休息会等待，结束后马上提醒。现在：没有需要等待的情况。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="182"/>
        <source>Works here: your desktop bound %1 to log a mood while any program has the keyboard. To change the keys, use your desktop&apos;s keyboard settings.</source>
        <translation>可用：桌面已绑定 %1，无论在哪个程序中按下都能记录心情。要更换按键，请到桌面的键盘设置中修改。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="188"/>
        <source>Your desktop asks you to confirm %1 in a window of its own; once you do, it logs a mood from any program.</source>
        <translation>桌面会弹出自己的窗口，请你确认 %1；确认后，无论在哪个程序中按下都能记录心情。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="194"/>
        <source>Your desktop did not bind %1 (the window that asks was closed). Choose the keys again and confirm them there, or use the command below.</source>
        <translation>桌面没有绑定 %1（询问的窗口被关掉了）。请重新选择按键并在那个窗口中确认，或使用下面的命令。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="200"/>
        <source>Works here: %1 logs a mood while any program has the keyboard (not during a break).</source>
        <translation>可用：无论在哪个程序中，按 %1 都能记录心情（休息时除外）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="205"/>
        <source>No shortcut: log a mood from the tray icon.</source>
        <translation>未设置快捷键：可以点托盘图标记录心情。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="209"/>
        <source>Not available on Wayland: programs can&apos;t take keys for themselves there. Add a shortcut in your desktop&apos;s keyboard settings that runs the command “companion quick-log”.</source>
        <translation>Wayland 下不可用：程序无法在那里占用全局按键。可在桌面的键盘设置中添加一个快捷键，运行命令“companion quick-log”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="216"/>
        <source>%1 is taken by another program; choose other keys.</source>
        <translation>%1 已被其他程序占用，请换一组按键。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="220"/>
        <source>This keyboard has no key for %1; choose other keys.</source>
        <translation>这个键盘上没有 %1 对应的按键，请换一组按键。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="224"/>
        <source>Not available without a graphical desktop.</source>
        <translation>没有图形桌面时不可用。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="228"/>
        <source>Not available: the X11 library (libX11) is not installed.</source>
        <translation>不可用：未安装 X11 库（libX11）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="232"/>
        <source>Not available on this system yet. Log a mood from the tray icon.</source>
        <translation>此系统暂不支持。可以点托盘图标记录心情。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="236"/>
        <source>Not available here (setting it up failed; the log says why).</source>
        <translation>此处不可用（设置失败，原因见日志）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="245"/>
        <source>Works</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="247"/>
        <source>Off</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="249"/>
        <source>Taken by another program</source>
        <translation>已被其他程序占用</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="251"/>
        <source>No such key here</source>
        <translation>键盘上没有这个键</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="253"/>
        <source>Waiting for you to confirm</source>
        <translation>等待你确认</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="255"/>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/status.py" line="256"/>
        <source>Not available here</source>
        <translation>在这台电脑上不可用</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="158"/>
        <source>The line for your desktop&apos;s keyboard configuration</source>
        <translation>桌面键盘配置中要加入的一行</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="162"/>
        <source>&amp;Add %1 to GNOME&apos;s shortcuts</source>
        <translation>把 %1 添加到 GNOME 快捷键(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="172"/>
        <source>The keys that open the mood log, the trends and the settings work the same way: bind “%1 mood-log”, “%1 trends” and “%1 settings” in the desktop&apos;s keyboard settings.</source>
        <translation>打开心情记录、压力趋势和设置的快捷键也一样：在桌面的键盘设置里分别绑定“%1 mood-log”“%1 trends”和“%1 settings”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="183"/>
        <source>GNOME can run “%1” when you press %2: Companion adds it to Settings → Keyboard → Custom Shortcuts if you ask (you can change or remove it there).</source>
        <translation>GNOME 可以在你按下 %2 时运行“%1”：只有你点下面的按钮，心伴才会把它添加到“设置 → 键盘 → 自定义快捷键”（在那里可以修改或删除）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="194"/>
        <source>Add this line to sway&apos;s configuration (~/.config/sway/config), then reload sway (swaymsg reload):</source>
        <translation>把这一行加入 sway 的配置文件（~/.config/sway/config），然后重新载入 sway（swaymsg reload）：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="203"/>
        <source>Add this line to Hyprland&apos;s configuration (~/.config/hypr/hyprland.conf); Hyprland reads it again by itself:</source>
        <translation>把这一行加入 Hyprland 的配置文件（~/.config/hypr/hyprland.conf），Hyprland 会自动重新读取：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="219"/>
        <source>Not added: GNOME&apos;s keyboard settings can&apos;t be reached here (gsettings or its schema is missing). Add a custom shortcut that runs “%1” in Settings → Keyboard.</source>
        <translation>未添加：这里无法访问 GNOME 的键盘设置（缺少 gsettings 或其设置架构）。请在“设置 → 键盘”中添加一个运行“%1”的自定义快捷键。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="229"/>
        <source>Companion: log a mood</source>
        <translation>心伴：记录心情</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="233"/>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="237"/>
        <source>Added: %1 now logs a mood from any program. It is in Settings → Keyboard → Custom Shortcuts.</source>
        <translation>已添加：现在无论在哪个程序中，按 %1 都能记录心情。它在“设置 → 键盘 → 自定义快捷键”中。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="246"/>
        <source>Shortcuts from any program</source>
        <translation>在任何程序中都能用的快捷键</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="248"/>
        <source>These keys work while another program has the keyboard. Those for breaks and calls leave it there: answer a break&apos;s notice or say you are on a call without stopping your typing. Those that open a window bring it forward with the keyboard in it.</source>
        <translation>在别的程序里打字时也能用这些快捷键。休息和通话的快捷键不会抢走键盘：不用停下手头的输入，就能回应休息提醒，或者告诉心伴你在通话中。打开窗口的快捷键会把窗口调到最前面，键盘也随之转到这个窗口。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="257"/>
        <source>Log a &amp;mood</source>
        <translation>记录心情(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="258"/>
        <source>Start a break &amp;now</source>
        <translation>现在开始休息(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="259"/>
        <source>&amp;Postpone a break</source>
        <translation>推迟休息(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="260"/>
        <source>Skip a break or &amp;end it</source>
        <translation>跳过或提前结束休息(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="261"/>
        <source>I&apos;m &amp;on a call / call ended</source>
        <translation>我在通话中／通话结束(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="262"/>
        <source>Open the mood lo&amp;g</source>
        <translation>打开心情记录(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="263"/>
        <source>Open the t&amp;rends</source>
        <translation>打开压力趋势(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="264"/>
        <source>Open t&amp;he settings</source>
        <translation>打开设置(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="268"/>
        <source>Keys for “%1” from any program (empty: none)</source>
        <translation>在任何程序中“%1”的按键（留空：不使用）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="276"/>
        <source>Press the keys, such as %1; the clear button removes them.</source>
        <translation>直接按下按键，例如 %1；清除按钮可将其删除。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="311"/>
        <source>%1 is set twice: give each shortcut its own keys.</source>
        <translation>%1 设置了两次：每个快捷键要用不同的按键。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_tab.py" line="326"/>
        <source>%1 can&apos;t be a shortcut: use Ctrl, Alt or Meta with a letter, a digit, F1–F24 or a key such as Home or PgUp.</source>
        <translation>%1 不能作为快捷键：请用 Ctrl、Alt 或 Meta 加字母、数字、F1–F24，或 Home、PgUp 等键。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="44"/>
        <source>Enter at least one time range, like 09:00-18:00.</source>
        <translation>请至少填写一个时间段，例如 09:00-18:00。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="50"/>
        <source>“%1” is not a possible time range.</source>
        <translation>“%1”不是有效的时间段。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="53"/>
        <source>“%1” would run overnight, far too long: did you mean %2?</source>
        <translation>“%1”会跨夜持续太长时间，你是不是想写 %2？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="58"/>
        <source>“%1” would run overnight, far too long.</source>
        <translation>“%1”会跨夜持续太长时间。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="61"/>
        <source>“%1” is not a time range like 09:00-18:00.</source>
        <translation>“%1”不是 09:00-18:00 这样的时间段。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="46"/>
        <source>These time ranges overlap.</source>
        <translation>这些时间段有重叠。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="48"/>
        <source>These time ranges span more than a day.</source>
        <translation>这些时间段加起来超过了一天。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/shift_tab.py" line="215"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="394"/>
        <source>Fix the hours on the Shift tab to save.</source>
        <translation>请先在“班次”页改正工作时间，再保存。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="134"/>
        <source>Sharing with your team</source>
        <translation>与团队分享</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="135"/>
        <source>Share daily summaries &amp;with my team</source>
        <translation>与我的团队分享每日汇总(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="138"/>
        <source>What is sent, once a day after your shift: a pseudonym made at random on this computer (not your name), the team name, the date, and that day&apos;s counts: mood entries, mean stress, entries and mean stress per call type, entries per emotion, breaks offered, taken and skipped, exercises done, and whether a check-in that day was low. Never your notes, thought records, exercise texts, check-in answers, times of day or anything that names you.</source>
        <translation>每天下班后发送一次，内容是：本机随机生成的匿名编号（不是你的名字）、团队名称、日期，以及当天的统计数字：心情记录条数，平均压力值，各问题类型的条数和平均压力值，各情绪的条数，休息的提醒、完成和跳过次数，完成的练习数，以及当天的身心自评是否偏低。绝不发送你的备注、思维记录、练习中写下的文字、身心自评的答案、具体时间，或任何能认出你的信息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="149"/>
        <source>Your days count in a week&apos;s figures only if enough people shared that week: %1 or more, unless your administrator set another number. A week is published to your lead once it closes, %2 days after its Sunday, and never changes after that.</source>
        <translation>只有一周内分享的人足够多（%1 人或以上，除非管理员另行设定），你的数据才会计入这一周的数字。每周在截止后（周日之后 %2 天）才公布给组长，公布后不再改变。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="160"/>
        <source>Ticking or unticking the box takes effect at once, without Save. Unticking stops sending; what was sent stays on the server until you run the command “companion team withdraw”, which deletes your days there. Weeks already published stay as they were: they are figures about a group, not about you.</source>
        <translation>勾选或取消勾选会立即生效，不需要点“保存”。取消勾选后不再发送；已发送的内容会留在服务器上，直到你运行命令“companion team withdraw”把你的数据从服务器上删除。已经公布的周保持原样：那是一群人的汇总数字，不是关于你个人的。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="168"/>
        <source>What was sent</source>
        <translation>已发送的内容</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="170"/>
        <source>&amp;Last days sent, exactly as they were sent</source>
        <translation>最近几天发送的内容，与发送时完全一致(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="173"/>
        <source>Nothing has been sent yet.</source>
        <translation>还没有发送过任何内容。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="189"/>
        <source>Sent to the team “%1” on the server %2.</source>
        <translation>发送到服务器 %2 上的团队“%1”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="195"/>
        <source>Your administrator sets where to share (team.url and team.name in settings.toml). Until both are set, sharing cannot be turned on.</source>
        <translation>分享到哪里由管理员设置（settings.toml 中的 team.url 和 team.name）。两项都设置好之前，无法开启分享。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="203"/>
        <source>Your pseudonym: %1</source>
        <translation>你的匿名编号：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="216"/>
        <source>Last send: none yet.</source>
        <translation>上次发送：还没有。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="221"/>
        <source>Last send: %1, it went through.</source>
        <translation>上次发送：%1，已成功。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="223"/>
        <source>Last send: %1, it did not go through; the days are kept and tried again.</source>
        <translation>上次发送：%1，未成功；这些天的数据已保留，之后会再试。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="240"/>
        <source>No days are waiting to be sent.</source>
        <translation>没有待发送的日期。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/sharing_tab.py" line="247"/>
        <source>Days waiting to be sent (%n): %1.</source>
        <translation>待发送的日期（%n 天）：%1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/appearance_tab.py" line="58"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/appearance_tab.py" line="59"/>
        <source>&amp;Automatic (as the system)</source>
        <translation>跟随系统(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/appearance_tab.py" line="60"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/appearance_tab.py" line="61"/>
        <source>Dar&amp;k</source>
        <translation>深色(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/appearance_tab.py" line="63"/>
        <source>Automatic uses your computer&apos;s colours, light or dark. Light and Dark keep Companion that way whatever your computer uses. Every window changes as soon as you save.</source>
        <translation>“跟随系统”会使用电脑当前的浅色或深色配色；选“浅色”或“深色”，心伴就始终保持这种配色，不受电脑设置影响。保存后，所有窗口立即更新。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/appearance_tab.py" line="70"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/appearance_tab.py" line="72"/>
        <source>&amp;When the system asks for it</source>
        <translation>系统要求时开启(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/appearance_tab.py" line="74"/>
        <source>Always &amp;on</source>
        <translation>始终开启(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/appearance_tab.py" line="75"/>
        <source>&amp;Never</source>
        <translation>从不开启(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/appearance_tab.py" line="77"/>
        <source>High contrast shows black and white with strong text, thick outlines and a clear focus frame. It follows the light or dark theme.</source>
        <translation>高对比度只用黑白两色：文字醒目，边框加粗，焦点框清晰可见。深浅随上面的主题。</translation>
    </message>
    <message>
        <location filename="../../companion/features/settings.py" line="164"/>
        <source>Not now</source>
        <translation>现在还不行</translation>
    </message>
    <message>
        <location filename="../../companion/features/settings.py" line="165"/>
        <source>Another export or import is still running, or your data is not open yet. Try again in a moment; nothing has changed.</source>
        <translation>还有一次导出或导入没有完成，或者数据还没有打开。请稍后再试，什么都没有改动。</translation>
    </message>
</context>
<context>
    <name>ShiftHours</name>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="70"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="72"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="73"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="83"/>
        <source>%1–%2 (next day)</source>
        <translation>%1–次日 %2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="97"/>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="98"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="103"/>
        <source>That is %1: %2.</source>
        <translation>即 %1，共 %2。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="260"/>
        <source>+ Add a range</source>
        <translation>+ 加一段</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="261"/>
        <source>Add a time range</source>
        <translation>添加一段工作时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="262"/>
        <source>Your team&apos;s shifts:</source>
        <translation>团队班次：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="264"/>
        <source>Type the hours as you write them, such as 9-18, 9:00-18:00, 9-12, 13:30-18 or 22-6 (overnight), or set them with the pickers below.</source>
        <translation>按平时的写法输入即可，如 9-18、9:00-18:00、9-12，13:30-18 或 22-6（跨夜），也可以用下面的时间选择框设置。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="337"/>
        <source>Start of time range %1</source>
        <translation>第 %1 段的开始时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="340"/>
        <source>End of time range %1</source>
        <translation>第 %1 段的结束时间</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shift_hours.py" line="343"/>
        <source>Remove time range %1</source>
        <translation>删除第 %1 段时间</translation>
    </message>
</context>
<context>
    <name>StandInWindow</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="408"/>
        <source>Companion</source>
        <translation>心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="409"/>
        <source>Companion is running</source>
        <translation>心伴正在运行</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="412"/>
        <source>This desktop has no system tray, so Companion shows this small window instead. Closing it keeps Companion running; start Companion again to bring it back.</source>
        <translation>这个桌面没有系统托盘，所以心伴用这个小窗口代替托盘图标。关闭窗口后心伴仍在后台运行；再次启动心伴，窗口就会重新出现。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="420"/>
        <source>GNOME shows no tray icons without the AppIndicator extension: install the package below, log out and in again, then turn it on in the Extensions app (“AppIndicator and KStatusNotifierItem Support”) or with the command below. Companion then moves to the top bar.</source>
        <translation>GNOME 没有 AppIndicator 扩展就不显示托盘图标：请安装下面的软件包，注销后重新登录，再在“扩展”应用中打开它（“AppIndicator and KStatusNotifierItem Support”），或运行下面的命令。之后心伴会移到顶栏。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="428"/>
        <source>Every window is a button here. These four also open from any program with the keys beside them (change them in Settings → Quick keys):</source>
        <translation>每个窗口在这里都有一个按钮。下面四个还可以在任何程序里用旁边的快捷键打开（可在“设置 → 快捷键”里更改）：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="432"/>
        <source>&amp;Log mood…</source>
        <translation>记录心情(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="433"/>
        <source>Mood l&amp;og…</source>
        <translation>心情记录(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="438"/>
        <source>Brea&amp;ks and more</source>
        <translation>休息及更多(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="440"/>
        <source>Breaks, pauses, calls, the language and everything the tray menu offers</source>
        <translation>休息、暂停、通话、语言，以及托盘菜单里的全部功能</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="452"/>
        <source>%1 from any program</source>
        <translation>在任何程序里按 %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="454"/>
        <source>No keys set (Settings → Quick keys)</source>
        <translation>未设置快捷键（设置 → 快捷键）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="442"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>StressBars</name>
    <message>
        <location filename="../../companion/ui/charts/stress_bars.py" line="102"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_bars.py" line="102"/>
        <source>Mean stress</source>
        <translation>平均压力</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_bars.py" line="107"/>
        <source>1 bar</source>
        <translation>1 项</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_bars.py" line="109"/>
        <source>%1 bars</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_bars.py" line="111"/>
        <source>mean stress</source>
        <translation>平均压力</translation>
    </message>
</context>
<context>
    <name>StressOverTime</name>
    <message>
        <location filename="../../companion/ui/charts/stress_over_time.py" line="140"/>
        <source>Stress</source>
        <translation>压力值</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_over_time.py" line="285"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_over_time.py" line="286"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_over_time.py" line="287"/>
        <source>Daily mean</source>
        <translation>每日平均</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_over_time.py" line="288"/>
        <source>7-day mean</source>
        <translation>7 天平均</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_over_time.py" line="289"/>
        <source>Weekly mean</source>
        <translation>每周平均</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_over_time.py" line="309"/>
        <source>1 day with entries</source>
        <translation>1 天有记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_over_time.py" line="311"/>
        <source>%1 days with entries</source>
        <translation>%1 天有记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_over_time.py" line="313"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/stress_over_time.py" line="317"/>
        <source>weekly mean stress</source>
        <translation>每周平均压力</translation>
    </message>
</context>
<context>
    <name>SupportOffer</name>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="64"/>
        <source>Stress %1 is a lot to carry to the next customer. A minute of slow breathing, or a few minutes to look at the thought that stings, can take the edge off.</source>
        <translation>压力到了 %1，带着这样的情绪去接下一位客户会很累。花一分钟慢慢呼吸，或者花几分钟看看那个扎心的念头，都能让自己缓一缓。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="70"/>
        <source>Being abused is not yours to bear: as your company&apos;s rules allow, end the conversation or hand it to your team lead.</source>
        <translation>被辱骂不是你该承受的：按公司的规定，可以结束这次接待，或转给组长处理。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="83"/>
        <source>A moment for you · Companion</source>
        <translation>给自己一点时间 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="84"/>
        <source>That sounded hard.</source>
        <translation>刚才那一单真不容易。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="85"/>
        <source>&amp;Breathe for a minute</source>
        <translation>呼吸一分钟(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="86"/>
        <source>&amp;Reframe the thought</source>
        <translation>换个角度想(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/support_offer.py" line="87"/>
        <source>&amp;Not now</source>
        <translation>先不用(&amp;N)</translation>
    </message>
</context>
<context>
    <name>TaskSplitPage</name>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="149"/>
        <source>%1 of %2 small tasks done.</source>
        <translation>%2 个小任务，完成了 %1 个。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="166"/>
        <source>%1 of %2 done · Space ticks, Delete removes</source>
        <translation>已完成 %1 / %2 · 空格键打勾，Delete 键删除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="171"/>
        <source>No tasks yet: type one above and press Enter.</source>
        <translation>还没有小任务：在上面写一个，按 Enter 键。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="175"/>
        <source>An example</source>
        <translation>一个例子</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="176"/>
        <source>Another e&amp;xample</source>
        <translation>换一个例子(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="177"/>
        <source>Show another example</source>
        <translation>显示另一个例子</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="178"/>
        <source>Example complaint and its small tasks</source>
        <translation>例子：一条投诉和拆出来的小任务</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="179"/>
        <source>Your small &amp;tasks</source>
        <translation>你的小任务(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="180"/>
        <source>New task</source>
        <translation>新的小任务</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="182"/>
        <source>Something you can start in the next few minutes, then Enter</source>
        <translation>几分钟内就能开始做的一件事，写完按 Enter 键</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="184"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="185"/>
        <source>Add the task</source>
        <translation>添加这个小任务</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="186"/>
        <source>Your tasks</source>
        <translation>你的小任务</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="187"/>
        <source>Tasks done</source>
        <translation>完成了几个</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="188"/>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/task_split.py" line="189"/>
        <source>Remove the chosen task</source>
        <translation>删除选中的小任务</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../companion/features/team.py" line="195"/>
        <source>Team figures</source>
        <translation>团队概况</translation>
    </message>
    <message>
        <location filename="../../companion/features/team.py" line="196"/>
        <source>The Team window could not start. The log has the details.</source>
        <translation>团队概况窗口未能打开，详情见日志。</translation>
    </message>
</context>
<context>
    <name>TeamWeeksChart</name>
    <message>
        <location filename="../../companion/ui/charts/team_weeks.py" line="143"/>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/team_weeks.py" line="144"/>
        <source>Week of</source>
        <translation>所在周（周一）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/team_weeks.py" line="146"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/team_weeks.py" line="147"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/team_weeks.py" line="169"/>
        <source>%1 weeks, %2 with a figure</source>
        <translation>%1 周，其中 %2 周有数据</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../../companion/ui/team_window.py" line="301"/>
        <source>Team · Companion</source>
        <translation>团队 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="302"/>
        <source>Team figures</source>
        <translation>团队概况</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="303"/>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="304"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="307"/>
        <source>%1 weeks</source>
        <translation>%1 周</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="308"/>
        <source>Show the last %1 weeks</source>
        <translation>显示最近 %1 周</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="309"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="310"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="311"/>
        <source>Read the figures from the server again (F5)</source>
        <translation>从服务器重新读取数据（F5 键）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="312"/>
        <source>Try &amp;again</source>
        <translation>重试(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="325"/>
        <source>Reading the team&apos;s figures from the server…</source>
        <translation>正在从服务器读取团队数据…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="366"/>
        <source>This login may not read the team&apos;s figures: only a lead&apos;s login can (the administrator makes it a member of companion_lead). The server said: %1</source>
        <translation>这个登录账号不能查看团队数据，只有组长的账号可以（由管理员把它加入 companion_lead 角色）。服务器的回复：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="371"/>
        <source>Something went wrong reading the figures; the log has the details.</source>
        <translation>读取数据时出了问题，详情见日志。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="384"/>
        <source>The team&apos;s figures could not be read:
%1</source>
        <translation>无法读取团队数据：
%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="397"/>
        <source>Reading the figures from the server…</source>
        <translation>正在从服务器读取数据…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="400"/>
        <source>Not updated: %1 (the figures below are from %2)</source>
        <translation>未能更新：%1（下面仍是 %2 读取的数据）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="406"/>
        <source>Read from the team server at %1. Press F5 to read again.</source>
        <translation>数据读取于 %1（团队服务器）。按 F5 键可重新读取。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="432"/>
        <source>Weekly stress</source>
        <translation>每周压力</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="434"/>
        <source>The mean stress of the team&apos;s mood entries each week, 0 to 10; the number above each point is how many people shared that week. Dashed lines are training marks.</source>
        <translation>团队每周心情记录的平均压力值（0–10）；每个点上方的数字是那一周分享数据的人数。虚线是培训标记。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="440"/>
        <source>Stress by call type, last %1 weeks</source>
        <translation>各问题类型的压力（最近 %1 周）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="442"/>
        <source>Where the stress comes from: the mean stress of each call type over the quarter, with its entries, from the weeks where that call type passed the threshold.</source>
        <translation>压力从哪里来：这个季度各问题类型的平均压力值和记录条数，只计入该类型达到人数门槛的那几周。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="448"/>
        <location filename="../../companion/ui/team_window.py" line="479"/>
        <source>Breaks taken</source>
        <translation>已休息的比例</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="449"/>
        <source>The share of offered breaks that people took, each week.</source>
        <translation>每周提醒的休息中，大家实际休息了的比例。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="452"/>
        <location filename="../../companion/ui/team_window.py" line="482"/>
        <source>Exercises per person</source>
        <translation>人均练习次数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="453"/>
        <source>Breathing and reframing exercises done each week, per person sharing.</source>
        <translation>每周完成的呼吸练习、换个角度想等练习，按分享数据的人数平均。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="455"/>
        <source>Training marks</source>
        <translation>培训标记</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="457"/>
        <source>Every week</source>
        <translation>逐周数据</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="459"/>
        <source>The figures behind the charts, one row a week. A dash: too few people had that figure for it to be shown. Low check-ins read “fewer than %1” when one or two people had one.</source>
        <translation>图表背后的数字，每周一行。短横线表示这一项人数太少，不予显示。只有一两个人自评偏低时，自评偏低比例显示为“少于 %1 人”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="476"/>
        <source>mean stress</source>
        <translation>平均压力</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="479"/>
        <source>% of breaks taken</source>
        <translation>已休息的比例（%）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="485"/>
        <source>exercises per person</source>
        <translation>人均练习次数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="487"/>
        <source>Call type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="495"/>
        <source>No closed week in this range had %1 or more people sharing, so nothing can be shown yet.</source>
        <translation>这段时间里，没有哪个已截止的周有 %1 人或更多分享数据，所以暂时没有可显示的内容。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="476"/>
        <source>Mean stress</source>
        <translation>平均压力</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="476"/>
        <source>Stress</source>
        <translation>压力值</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="479"/>
        <source>Taken</source>
        <translation>已休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="483"/>
        <source>Per person</source>
        <translation>人均</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="513"/>
        <source>No call type had %1 or more people in a shown week of the last %2 weeks.</source>
        <translation>最近 %2 周里显示的各周中，没有哪个问题类型达到 %1 人。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="543"/>
        <source>No training marked for this team. A lead marks one with:
companion team mark --date YYYY-MM-DD --label &quot;…&quot;</source>
        <translation>这个团队还没有培训标记。组长可以用下面的命令添加：
companion team mark --date YYYY-MM-DD --label &quot;…&quot;</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_window.py" line="556"/>
        <source>(no call type)</source>
        <translation>（未选问题类型）</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <location filename="../../companion/ui/team_words.py" line="23"/>
        <source>fewer than %1 people shared</source>
        <translation>少于 %1 人分享</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="30"/>
        <source>open: published once closed</source>
        <translation>未截止：截止后公布</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="41"/>
        <source>open: published once the week closes (on %1)</source>
        <translation>未截止：该周截止后公布（%1）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="48"/>
        <source>fewer than %1</source>
        <translation>少于 %1 人</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="54"/>
        <source>fewer than %1 people had this</source>
        <translation>这一项人数少于 %1 人</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="66"/>
        <source>None of these %1 weeks has closed yet, so nothing is published.</source>
        <translation>这 %1 周都还没有截止，所以还没有公布任何数字。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="71"/>
        <source>Of the %1 closed weeks, none had %2 or more people sharing.</source>
        <translation>已截止的 %1 周里，没有哪一周有 %2 人或更多分享数据。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="80"/>
        <source>%1 of the %2 closed weeks are shown. In the latest, %3 people shared; mean stress %4.</source>
        <translation>已截止的 %2 周中显示了 %1 周。最近一周有 %3 人分享，平均压力 %4。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="90"/>
        <source>A week is published once it closes, %1 days after its Sunday, and never changes after: days sent late, edits and withdrawals leave it as it was.</source>
        <translation>每周在截止后（周日之后 %1 天）公布，此后不再改变：迟发的数据、修改和撤回都不会影响已公布的数字。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="95"/>
        <source>Every figure here is over at least %1 people; a week or a call type with fewer is hidden, never shown as zero.</source>
        <translation>这里的每个数字都来自至少 %1 人；人数不足的周或问题类型会被隐藏，而不是显示为零。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="105"/>
        <source>%1 %2</source>
        <comment>one sentence, then another</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="112"/>
        <source>Week of</source>
        <translation>所在周（周一）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="113"/>
        <location filename="../../companion/ui/team_words.py" line="148"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="114"/>
        <location filename="../../companion/ui/team_words.py" line="149"/>
        <source>Mean stress</source>
        <translation>平均压力</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="115"/>
        <location filename="../../companion/ui/team_words.py" line="150"/>
        <source>Entries per person-day</source>
        <translation>人均每日记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="116"/>
        <location filename="../../companion/ui/team_words.py" line="151"/>
        <source>Breaks taken</source>
        <translation>已休息的比例</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="117"/>
        <source>Exercises</source>
        <translation>练习次数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="118"/>
        <source>Low check-ins</source>
        <translation>自评偏低比例</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="146"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="147"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="152"/>
        <source>Exercises per person-day</source>
        <translation>人均每日练习</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="176"/>
        <source>Not shown: in the published weeks before or after, fewer than %1 people shared.</source>
        <translation>不显示：培训前或培训后已公布的几周里，分享数据的人少于 %1 人。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/team_words.py" line="183"/>
        <source>Each training mark compares the four weeks before it with the four weeks after (before → after), from published weeks only, where both sides pass the threshold.</source>
        <translation>每个培训标记对比培训前四周和培训后四周（前 → 后），只计入已公布的周，并且前后两边都达到人数门槛才显示。</translation>
    </message>
</context>
<context>
    <name>ThoughtRecordsWindow</name>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="103"/>
        <source>Thought records · Companion</source>
        <translation>思维记录 · 心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="104"/>
        <source>Your thought records</source>
        <translation>我的思维记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="105"/>
        <location filename="../../companion/ui/thought_records.py" line="106"/>
        <source>Search your records</source>
        <translation>搜索思维记录</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="107"/>
        <source>Thought records, newest first</source>
        <translation>思维记录，最新的在最前面</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="108"/>
        <source>The selected record in full</source>
        <translation>选中记录的全部内容</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="109"/>
        <source>&amp;Reframe a thought…</source>
        <translation>换个角度想(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="110"/>
        <source>&amp;Practise spotting traps…</source>
        <translation>练习找出思维偏差(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="111"/>
        <source>&amp;Continue draft</source>
        <translation>继续填写草稿(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="112"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="135"/>
        <source>No record matches your search.</source>
        <translation>没有符合搜索条件的记录。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="138"/>
        <source>No thought records yet. After a difficult contact, “Reframe a thought” walks you from the thought that hurt to a fairer one, step by step.</source>
        <translation>还没有思维记录。接待完难缠的客户后，“换个角度想”会一步步陪你，从那个伤人的念头走到一个更客观的想法。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="151"/>
        <source>(no thought yet)</source>
        <translation>（还没写想法）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="154"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="187"/>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="188"/>
        <source>Automatic thought</source>
        <translation>当时的念头</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="189"/>
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="191"/>
        <source>Thinking traps</source>
        <translation>思维偏差</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="200"/>
        <source>For the thought (%1)</source>
        <translation>支持这个想法（%1）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="204"/>
        <source>Against the thought (%1)</source>
        <translation>不支持这个想法（%1）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="209"/>
        <source>Believed: %1 / 100</source>
        <translation>相信程度：%1 / 100</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="210"/>
        <source>Balanced thought</source>
        <translation>更客观的想法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="211"/>
        <source>Emotions afterwards</source>
        <translation>之后的情绪</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="242"/>
        <source>Delete record?</source>
        <translation>删除这条记录？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="243"/>
        <source>Delete this thought record? This cannot be undone.</source>
        <translation>确定删除这条思维记录吗？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/thought_records.py" line="244"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="275"/>
        <source>Companion: click to log your mood</source>
        <translation>心伴：点一下记录心情</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="294"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="171"/>
        <source>&amp;Log mood…</source>
        <translation>记录心情(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="173"/>
        <source>&amp;Trends…</source>
        <translation>压力趋势(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="174"/>
        <source>Today&apos;s s&amp;ummary…</source>
        <translation>今日小结(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="175"/>
        <source>&amp;My plan…</source>
        <translation>我的计划(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="177"/>
        <source>Re&amp;frame a thought…</source>
        <translation>换个角度想(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="172"/>
        <source>Mood l&amp;og…</source>
        <translation>心情记录(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="176"/>
        <source>Te&amp;am figures…</source>
        <translation>团队概况(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="178"/>
        <source>Thought &amp;records…</source>
        <translation>思维记录(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="179"/>
        <source>&amp;Exercises (breathing and more)…</source>
        <translation>小练习（呼吸等）(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="180"/>
        <source>&amp;Weekly check-in…</source>
        <translation>每周身心自评(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="181"/>
        <source>W&amp;here to turn…</source>
        <translation>可以找谁(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="182"/>
        <source>Start a &amp;break now</source>
        <translation>现在开始休息(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="183"/>
        <source>&amp;Pause breaks</source>
        <translation>暂停休息提醒(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="184"/>
        <source>For 30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="185"/>
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="186"/>
        <source>For the rest of the shift</source>
        <translation>直到本班次结束</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="187"/>
        <source>&amp;Resume breaks</source>
        <translation>恢复休息提醒(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="188"/>
        <source>I&apos;m on a &amp;call</source>
        <translation>我在通话中(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="189"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="190"/>
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="192"/>
        <location filename="../../companion/ui/welcome.py" line="304"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="195"/>
        <source>&amp;Quit Companion</source>
        <translation>退出心伴(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="238"/>
        <source>Off shift: no breaks until a shift starts</source>
        <translation>不在班次内：下个班次开始前不会提醒休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="244"/>
        <source>Off shift: breaks start again %1 %2</source>
        <translation>不在班次内：%1 %2 起恢复休息提醒</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../companion/ui/welcome.py" line="267"/>
        <location filename="../../companion/ui/welcome.py" line="268"/>
        <source>Welcome to Companion</source>
        <translation>欢迎使用心伴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="284"/>
        <source>Your shift</source>
        <translation>你的班次</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="285"/>
        <source>Working &amp;hours</source>
        <translation>工作时间(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="288"/>
        <source>Working &amp;days</source>
        <translation>工作日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="297"/>
        <source>%1 keep their own hours; change them in Settings.</source>
        <translation>%1另有单独的工作时间，可在设置中修改。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="298"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="302"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="311"/>
        <source>You can change all this later in Settings, from the icon&apos;s menu.</source>
        <translation>以上内容以后都可以在设置中修改（从图标的菜单打开设置）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="316"/>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="317"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="325"/>
        <source>This desktop has no system tray, so Companion lives in a small window of its own, with this icon.</source>
        <translation>这个桌面没有系统托盘，所以心伴显示在一个带有这个图标的小窗口里。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="81"/>
        <source>top left</source>
        <translation>左上角</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="82"/>
        <source>top</source>
        <translation>顶部</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="83"/>
        <source>top right</source>
        <translation>右上角</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="84"/>
        <source>bottom left</source>
        <translation>左下角</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="85"/>
        <source>bottom</source>
        <translation>底部</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="86"/>
        <source>bottom right</source>
        <translation>右下角</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="270"/>
        <source>Companion reminds you to take short breaks during your shift and helps you note how you feel after each contact. Everything stays on this computer.</source>
        <translation>心伴会在班次中提醒你短暂休息，也帮你记下每次接待后的心情。所有记录只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="332"/>
        <source>Companion lives in the tray: look for this icon at the %1 of the screen.</source>
        <translation>心伴常驻在系统托盘：请在屏幕%1找到这个图标。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="337"/>
        <source>Companion lives in the tray, at the bottom right of the screen: look for this icon (it may be behind the ^ arrow there).</source>
        <translation>心伴常驻在屏幕右下角的系统托盘：请找到这个图标（它可能收在那里的 ^ 箭头里）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="343"/>
        <source>Companion lives on the top bar of the screen: look for this icon.</source>
        <translation>心伴常驻在屏幕顶部的菜单栏：请找到这个图标。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="346"/>
        <source>Companion lives in the tray, on the top bar or the task bar of your desktop: look for this icon.</source>
        <translation>心伴常驻在系统托盘，位于桌面的顶栏或任务栏：请找到这个图标。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="363"/>
        <source>To log a mood after a contact, left-click the icon or press %1 anywhere.</source>
        <translation>接待完客户后想记录心情，请左键单击这个图标，或在任意界面按 %1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="368"/>
        <source>To log a mood after a contact, left-click the icon, or right-click it and choose “%1”.</source>
        <translation>接待完客户后想记录心情，请左键单击这个图标，或右键单击它并选择“%1”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="375"/>
        <source>To log a mood after a contact, click “%1” in that window or press %2 anywhere.</source>
        <translation>接待完客户后想记录心情，请点击那个窗口里的“%1”，或在任意界面按 %2。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="383"/>
        <source>To log a mood after a contact, click “%1” in that window.</source>
        <translation>接待完客户后想记录心情，请点击那个窗口里的“%1”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="497"/>
        <source>To keep the icon on the taskbar: on Windows 11, open Settings › Personalisation › Taskbar › Other system tray icons and switch Companion on; on Windows 10, Settings › Personalisation › Taskbar › Select which icons appear on the taskbar.</source>
        <translation>想让图标一直显示在任务栏上：Windows 11 请打开“设置 › 个性化 › 任务栏 › 其他系统托盘图标”，打开 Companion（心伴）的开关；Windows 10 请打开“设置 › 个性化 › 任务栏 › 选择哪些图标显示在任务栏上”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="506"/>
        <source>Wherever the icon is, %1 always opens the mood log.</source>
        <translation>无论图标在哪里，按 %1 都能打开心情记录。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="539"/>
        <source>Companion can&apos;t tell here when you are on a call, so tell it: press %2, choose “%1” under “Breaks and more” in its window, or let your softphone run “companion call start” and “companion call end”.</source>
        <translation>在这台电脑上，心伴无法判断你是否在通话，请告诉它：按 %2、在心伴窗口的“休息及更多”里选择“%1”，或让软电话在通话开始和结束时分别运行“companion call start”和“companion call end”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="546"/>
        <source>Companion can&apos;t tell here when you are on a call, so tell it: choose “%1” under “Breaks and more” in its window, or let your softphone run “companion call start” and “companion call end”.</source>
        <translation>在这台电脑上，心伴无法判断你是否在通话，请告诉它：在心伴窗口的“休息及更多”里选择“%1”，或让软电话在通话开始和结束时分别运行“companion call start”和“companion call end”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="560"/>
        <source>With these hours no shift comes in the next three weeks, so no break reminders.</source>
        <translation>按这样的工作时间，未来三周内没有班次，所以不会提醒休息。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="437"/>
        <source>Once the hours are right, this says when your first break comes.</source>
        <translation>工作时间填好后，这里会显示第一次休息在什么时候。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="479"/>
        <source>Companion is running in a small window of its own: this desktop has no system tray.</source>
        <translation>心伴已在运行，它在自己的小窗口里：这个桌面没有系统托盘。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="485"/>
        <source>Companion is running: its icon is in the system tray, at the %1 of the screen.</source>
        <translation>心伴已在运行：图标在系统托盘里，位于屏幕%1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="489"/>
        <source>Companion is running: its icon is in the system tray.</source>
        <translation>心伴已在运行：图标在系统托盘里。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="517"/>
        <source>Breaks never come during a call: they wait until it ends.</source>
        <translation>通话中不会提醒休息，休息会等到通话结束。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="519"/>
        <source>Companion notices a call by itself while your microphone is in use.</source>
        <translation>麦克风在使用时，心伴会自动知道你在通话中。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="525"/>
        <source>Companion can&apos;t tell here when you are on a call, so tell it: press %2, choose “%1” in the icon&apos;s menu, or let your softphone run “companion call start” and “companion call end”.</source>
        <translation>在这台电脑上，心伴无法判断你是否在通话，请告诉它：按 %2、在图标菜单里选择“%1”，或让软电话在通话开始和结束时分别运行“companion call start”和“companion call end”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="532"/>
        <source>Companion can&apos;t tell here when you are on a call, so tell it: choose “%1” in the icon&apos;s menu, or let your softphone run “companion call start” and “companion call end”.</source>
        <translation>在这台电脑上，心伴无法判断你是否在通话，请告诉它：在图标菜单里选择“%1”，或让软电话在通话开始和结束时分别运行“companion call start”和“companion call end”。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="569"/>
        <source>Your first long break comes at %1 today.</source>
        <translation>第一次长休息在今天 %1 开始。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="571"/>
        <source>Your first micro-break comes at %1 today.</source>
        <translation>第一次微休息在今天 %1 开始。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="575"/>
        <source>Your first long break comes tomorrow at %1.</source>
        <translation>第一次长休息在明天 %1 开始。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="577"/>
        <source>Your first micro-break comes tomorrow at %1.</source>
        <translation>第一次微休息在明天 %1 开始。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="581"/>
        <source>Your first long break comes on %2 at %1.</source>
        <translation>第一次长休息在%2 %1 开始。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="583"/>
        <source>Your first micro-break comes on %2 at %1.</source>
        <translation>第一次微休息在%2 %1 开始。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/taskbar_hint.py" line="23"/>
        <source>Picture: the taskbar&apos;s hidden icons</source>
        <translation>图示：任务栏上的隐藏图标</translation>
    </message>
    <message>
        <location filename="../../companion/ui/taskbar_hint.py" line="25"/>
        <source>The ^ button on the taskbar opens the hidden icons; Companion&apos;s icon moves from there onto the taskbar.</source>
        <translation>任务栏上的 ^ 按钮会打开隐藏的图标；把心伴的图标从那里移到任务栏上。</translation>
    </message>
</context>
<context>
    <name>WellbeingOverTime</name>
    <message>
        <location filename="../../companion/ui/charts/wellbeing.py" line="75"/>
        <source>Wellbeing</source>
        <translation>身心状态</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/wellbeing.py" line="93"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/wellbeing.py" line="93"/>
        <source>Check-in score</source>
        <translation>身心自评得分</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/wellbeing.py" line="101"/>
        <source>%1 check-ins; scores from %2 to %3 (low below %4)</source>
        <translation>%1 次自评；得分从 %2 到 %3（低于 %4 为偏低）</translation>
    </message>
</context>
<context>
    <name>WhatHelps</name>
    <message>
        <location filename="../../companion/ui/charts/what_helps.py" line="113"/>
        <source>Exercise or break</source>
        <translation>练习或休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/what_helps.py" line="114"/>
        <source>Times or entries</source>
        <translation>次数或记录数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/what_helps.py" line="115"/>
        <source>Before</source>
        <translation>练习前</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/what_helps.py" line="116"/>
        <source>After</source>
        <translation>练习后</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/what_helps.py" line="117"/>
        <source>Stress within an hour</source>
        <translation>一小时内的压力</translation>
    </message>
    <message>
        <location filename="../../companion/ui/charts/what_helps.py" line="132"/>
        <source>%1 exercises; %2 kinds of break</source>
        <translation>%1 种练习；%2 种休息</translation>
    </message>
</context>
</TS>
