<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>high intent</source>
        <translation>高意愿</translation>
    </message>
    <message>
        <source>medium intent</source>
        <translation>中意愿</translation>
    </message>
    <message>
        <source>low intent</source>
        <translation>低意愿</translation>
    </message>
    <message>
        <source>Assess intent — {name}</source>
        <translation>意愿评估 — {name}</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>清空重填</translation>
    </message>
    <message>
        <source>Intent (scored)</source>
        <translation>意愿题（计分）</translation>
    </message>
    <message>
        <source>Profile (facts for the dossier)</source>
        <translation>资料题（写入档案）</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>评估日期：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation>— 未问 —</translation>
    </message>
    <message>
        <source>Weight {weight:g}</source>
        <translation>权重 {weight:g}</translation>
    </message>
    <message>
        <source>The answers start from the assessment of {date}; change what is different now.</source>
        <translation>已按 {date} 的评估预填答案，请修改有变化的部分。</translation>
    </message>
    <message>
        <source>Answer at least one intent question for a score.</source>
        <translation>至少回答一道意愿题才能计分。</translation>
    </message>
    <message>
        <source>Score {score:g} — {band} ({n} of {total} answered)</source>
        <translation>评分 {score:g} — {band}（已答 {n}/{total} 题）</translation>
    </message>
</context>
<context>
    <name>Birthday</name>
    <message>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Lunar (农历)</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation>年份不详</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>Born in the leap month (闰月) of that number</source>
        <translation>生于该月的闰月</translation>
    </message>
    <message>
        <source>This date does not exist in that calendar</source>
        <translation>该历法中没有这一天</translation>
    </message>
    <message>
        <source>solar %1</source>
        <translation>公历 %1</translation>
    </message>
    <message>
        <source>Zodiac (生肖): %1</source>
        <translation>生肖：%1</translation>
    </message>
    <message>
        <source>Star sign (星座): %1</source>
        <translation>星座：%1</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>next %1 (in %2 days)</source>
        <translation>下次 %1（还有 %2 天）</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Add this tag to the selected clients:</source>
        <translation>为所选客户添加标签：</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Remove this tag from the selected clients:</source>
        <translation>从所选客户移除标签：</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>设置级别</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移入回收站</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>Follow-ups, birthdays, anniversaries and festival greetings of the period go into an .ics file that Outlook, Apple Calendar or a phone can import. Importing a later export again updates the events instead of doubling them.</source>
        <translation>所选期间的跟进、生日、纪念日和节日问候将写入 .ics 文件，可导入 Outlook、苹果日历或手机。以后再次导入新的导出文件会更新原有事件，不会重复。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>Choose a business card image</source>
        <translation>选择名片图片</translation>
    </message>
    <message>
        <source>Not an image: %1</source>
        <translation>不是图片：%1</translation>
    </message>
    <message>
        <source>No business card.
Drop an image here.</source>
        <translation>暂无名片。
可将图片拖到这里。</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart as PDF…</source>
        <translation>图表另存为 PDF…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or PDF</source>
        <translation>将此图表保存为 PNG 或 PDF</translation>
    </message>
</context>
<context>
    <name>ChurnDialog</name>
    <message>
        <source>Mark churned — {name}</source>
        <translation>标记流失 — {name}</translation>
    </message>
    <message>
        <source>The client will be set to churned and their pending follow-ups cancelled.</source>
        <translation>客户将被设为“已流失”，其待办跟进将被取消。</translation>
    </message>
    <message>
        <source>Every order of the client, returned orders excluded</source>
        <translation>该客户全部订单金额（不含退货）</translation>
    </message>
    <message>
        <source>e.g. a price offer, a visit by the manager, a gift…</source>
        <translation>例如：价格优惠、经理登门拜访、赠送礼品…</translation>
    </message>
    <message>
        <source>Mark churned</source>
        <translation>标记为流失</translation>
    </message>
    <message>
        <source>Lifetime value lost:</source>
        <translation>损失的终身价值：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>流失原因：</translation>
    </message>
    <message>
        <source>Churned on:</source>
        <translation>流失日期：</translation>
    </message>
    <message>
        <source>Retention actions tried:</source>
        <translation>已采取的挽留措施：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>ClientColumns</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>开发状态</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意向分</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>1 client</source>
        <translation>共 1 位客户</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>共 {count} 位客户</translation>
    </message>
    <message>
        <source>{count}+ clients…</source>
        <translation>{count}+ 位客户…</translation>
    </message>
    <message>
        <source> / {count} selected</source>
        <translation> / 已选 {count}</translation>
    </message>
    <message>
        <source>Could not load the list</source>
        <translation>无法载入列表</translation>
    </message>
    <message>
        <source>Search name, pinyin, initials, phone, company… (Ctrl+F)</source>
        <translation>搜索姓名、拼音、首字母、电话、公司…（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <source>Reset columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Save as view</source>
        <translation>保存为视图</translation>
    </message>
    <message>
        <source>Name of the view (an existing name updates that view):</source>
        <translation>视图名称（与已有视图同名则更新该视图）：</translation>
    </message>
    <message>
        <source>No client matches this search and these filters.</source>
        <translation>没有符合当前搜索和筛选条件的客户。</translation>
    </message>
    <message>
        <source>No clients yet. Press Ctrl+N to add one.</source>
        <translation>还没有客户。按 Ctrl+N 新建一位。</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Merge these two clients…</source>
        <translation>合并这两位客户…</translation>
    </message>
    <message>
        <source>Moved 1 client to Trash.</source>
        <translation>已将 1 位客户移入回收站。</translation>
    </message>
    <message>
        <source>Moved {count} clients to Trash.</source>
        <translation>已将 {count} 位客户移入回收站。</translation>
    </message>
    <message>
        <source>For the selected clients</source>
        <translation>作用于所选客户</translation>
    </message>
    <message>
        <source>Move the selected clients to Trash (Delete)</source>
        <translation>将所选客户移入回收站（Delete）</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>New client (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>Save as view…</source>
        <translation>保存为视图…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Briefing: remember about the client</source>
        <translation>会面简报：要记得的客户细节</translation>
    </message>
    <message>
        <source>Suggested retention action</source>
        <translation>建议的维系举措</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Completing {step} with {who}, due {due}</source>
        <translation>完成与 {who} 的 {step}（计划于 {due}）</translation>
    </message>
    <message>
        <source>A contact with {who}</source>
        <translation>与 {who} 的一次联系</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>客户提出的问题</translation>
    </message>
    <message>
        <source>Client&apos;s next plans</source>
        <translation>客户接下来的打算</translation>
    </message>
    <message>
        <source>Interests noticed</source>
        <translation>留意到的兴趣</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>(a note: completes no step)</source>
        <translation>（仅作记录，不完成任何步骤）</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>谈了什么、做了什么</translation>
    </message>
    <message>
        <source>What you promised to do next</source>
        <translation>答应客户接下来要做的事</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>A contact can only be logged once it has happened.</source>
        <translation>只能记录已经发生的联系。</translation>
    </message>
    <message>
        <source>Give a date and time.</source>
        <translation>请填写日期和时间。</translation>
    </message>
    <message>
        <source>Choose a channel.</source>
        <translation>请选择联系方式。</translation>
    </message>
    <message>
        <source>Choose a stage A–D.</source>
        <translation>请选择 A–D 阶段。</translation>
    </message>
    <message>
        <source>Write a few words about the contact.</source>
        <translation>请简单写几句这次联系的内容。</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>Assess intent…</source>
        <translation>意愿评估…</translation>
    </message>
    <message>
        <source>Fill the intent questionnaire for this client</source>
        <translation>为该客户填写意愿评估表</translation>
    </message>
    <message>
        <source>Suggest tier…</source>
        <translation>建议级别…</translation>
    </message>
    <message>
        <source>The tier the client&apos;s numbers point to, and why</source>
        <translation>根据客户数据建议的级别及理由</translation>
    </message>
    <message>
        <source>Mark churned…</source>
        <translation>标记流失…</translation>
    </message>
    <message>
        <source>Record why the client left and what it costs</source>
        <translation>记录流失原因及损失</translation>
    </message>
</context>
<context>
    <name>DossierEditors</name>
    <message>
        <source>%n star(s)</source>
        <translation>%n 星</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>%1日</translation>
    </message>
</context>
<context>
    <name>DossierErrors</name>
    <message>
        <source>A client needs a name.</source>
        <translation>客户必须有姓名。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Not an email address (name@example.com).</source>
        <translation>邮箱格式不对（例：name@example.com）。</translation>
    </message>
    <message>
        <source>Not a real date.</source>
        <translation>日期不存在。</translation>
    </message>
    <message>
        <source>Not one of the choices.</source>
        <translation>不在可选项中。</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>不是电话号码。</translation>
    </message>
    <message>
        <source>Out of range.</source>
        <translation>超出范围。</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>不是数字。</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>未知字段。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
</context>
<context>
    <name>DossierForm</name>
    <message>
        <source>Basic</source>
        <translation>基本细节</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>商业细节</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>个人细节</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>后勤细节</translation>
    </message>
    <message>
        <source>History</source>
        <translation>商业记录</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>名片</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>主要纪念日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No custom fields yet. They are defined in Settings.</source>
        <translation>还没有自定义字段，可在“设置”中定义。</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <source>Characteristics</source>
        <translation>特点</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>喜好</translation>
    </message>
    <message>
        <source>Superstitions</source>
        <translation>迷信</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素质</translation>
    </message>
    <message>
        <source>Willingness</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Life background</source>
        <translation>生活背景</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>intent %1</source>
        <translation>意向 %1</translation>
    </message>
    <message>
        <source>intent %1 (%2)</source>
        <translation>意向 %1（%2）</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>intent not assessed</source>
        <translation>尚未评估意向</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>积分 %1</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>上次联系 %1</translation>
    </message>
    <message>
        <source>no follow-up planned</source>
        <translation>未安排跟进</translation>
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation>下次跟进 %1</translation>
    </message>
</context>
<context>
    <name>DossierHistory</name>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客户抱怨</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Intent assessment</source>
        <translation>意愿评估</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>High intent</source>
        <translation>高意向</translation>
    </message>
    <message>
        <source>Medium intent</source>
        <translation>中意向</translation>
    </message>
    <message>
        <source>Low intent</source>
        <translation>低意向</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Status / channel</source>
        <translation>状态/方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>还没有任何记录。</translation>
    </message>
</context>
<context>
    <name>DossierRows</name>
    <message>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <source>138 0000 0000</source>
        <translation>138 0000 0000</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>添加邮箱</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>添加地址</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>街道门牌</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <source>Relation (spouse, son…)</source>
        <translation>关系（配偶、儿子…）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Born (year)</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add anniversary</source>
        <translation>添加纪念日</translation>
    </message>
    <message>
        <source>What (wedding, company founded…)</source>
        <translation>纪念什么（结婚、公司成立…）</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>删除这一行</translation>
    </message>
</context>
<context>
    <name>DossierUndo</name>
    <message>
        <source>edit %1</source>
        <translation>编辑“%1”</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the dossier (Ctrl+S)</source>
        <translation>保存档案 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print dossier sheet…</source>
        <translation>打印档案表(&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>%1[*] — Dossier</source>
        <translation>%1[*] — 客户档案</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>关闭前保存对“%1”的修改吗？</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>Same name and company</source>
        <translation>同公司同名</translation>
    </message>
    <message>
        <source>{reason}: {value}</source>
        <translation>{reason}：{value}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复客户</translation>
    </message>
    <message>
        <source>Clients who share a phone number, an email address, or a name at the same company. Select two clients of a group and merge them.</source>
        <translation>以下客户的电话或邮箱相同，或在同一家公司且同名。选中同一组中的两位客户即可合并。</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>查找失败：{error}</translation>
    </message>
    <message>
        <source>;  </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Groups found: {n}</source>
        <translation>找到 {n} 组</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>没有发现疑似重复的客户。</translation>
    </message>
    <message>
        <source>Select two clients of one group</source>
        <translation>请选择同一组中的两位客户</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>Import contacts</source>
        <translation>导入通讯录</translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf *.vcard)</source>
        <translation>vCard 名片 (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Rapport notebook {day}.xlsx</source>
        <translation>客情簿完整工作簿 {day}.xlsx</translation>
    </message>
    <message>
        <source>Export the whole notebook</source>
        <translation>导出整个客情簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved the whole notebook to {path}.</source>
        <translation>已将整个客情簿保存到 {path}。</translation>
    </message>
    <message>
        <source>Writing every table…</source>
        <translation>正在写出所有数据表…</translation>
    </message>
    <message>
        <source>Restore a whole notebook</source>
        <translation>恢复整个客情簿</translation>
    </message>
    <message>
        <source>Restored {rows} rows from {path}.</source>
        <translation>已从 {path} 恢复 {rows} 行数据。</translation>
    </message>
    <message>
        <source>Reading every table…</source>
        <translation>正在读取所有数据表…</translation>
    </message>
    <message>
        <source>Import &amp;vCard…</source>
        <translation>导入 vCard 名片(&amp;V)…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Export as v&amp;Card…</source>
        <translation>导出为 vCard 名片(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;Whole Notebook…</source>
        <translation>导出整个客情簿(&amp;W)…</translation>
    </message>
    <message>
        <source>Restore Whole &amp;Notebook…</source>
        <translation>恢复整个客情簿(&amp;N)…</translation>
    </message>
    <message>
        <source>Save Import &amp;Template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>List columns (not imported back)</source>
        <translation>列表统计列（不会被导入）</translation>
    </message>
    <message>
        <source>No columns</source>
        <translation>未选择列</translation>
    </message>
    <message>
        <source>Tick at least one column to export.</source>
        <translation>请至少勾选一列再导出。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard 名片 (*.vcf)</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Exported {count} clients to {path}.</source>
        <translation>已导出 {count} 位客户到 {path}。</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>The view “{name}” as listed ({count})</source>
        <translation>视图“{name}”中列出的客户（{count}）</translation>
    </message>
    <message>
        <source>The list as shown, filters and order ({count})</source>
        <translation>当前列表，含筛选与排序（{count}）</translation>
    </message>
    <message>
        <source>The selected clients ({count})</source>
        <translation>选中的客户（{count}）</translation>
    </message>
    <message>
        <source>Every client ({count})</source>
        <translation>全部客户（{count}）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf) for phones and mail programs</source>
        <translation>vCard 3.0 (.vcf)，适用于手机和邮件程序</translation>
    </message>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>导出的列：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Whole notebook…</source>
        <translation>整个客情簿…</translation>
    </message>
    <message>
        <source>Every table in one workbook: the way out, and the handover file for a successor</source>
        <translation>所有数据表导出到一个工作簿：既是备份，也是交接给继任者的文件</translation>
    </message>
    <message>
        <source>Import template…</source>
        <translation>导入模板…</translation>
    </message>
    <message>
        <source>A blank list with every column the import recognises</source>
        <translation>一份包含所有可识别列的空白名单</translation>
    </message>
    <message>
        <source>Save a blank import template</source>
        <translation>保存空白导入模板</translation>
    </message>
    <message>
        <source>Import template.xlsx</source>
        <translation>导入模板.xlsx</translation>
    </message>
    <message>
        <source>Saved an import template to {path}.</source>
        <translation>已将导入模板保存到 {path}。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系层次</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>跟进逾期</translation>
    </message>
    <message>
        <source>Birthday in 30 days</source>
        <translation>30 天内生日</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>欢迎使用客情簿</translation>
    </message>
    <message>
        <source>Your client book is empty. Load demo clients to try it?</source>
        <translation>客户簿还是空的。要载入演示客户试用一下吗？</translation>
    </message>
    <message>
        <source>{count} made-up clients with history and follow-ups. They can be moved to Trash and purged later.</source>
        <translation>{count} 位虚构客户，附带往来记录和跟进计划。之后可以移入回收站并彻底删除。</translation>
    </message>
    <message>
        <source>Load demo clients</source>
        <translation>载入演示客户</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>Creating demo clients…</source>
        <translation>正在生成演示客户…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo clients</source>
        <translation>演示客户</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>A week later</source>
        <translation>一周后</translation>
    </message>
    <message>
        <source>{n} days later</source>
        <translation>{n} 天后</translation>
    </message>
</context>
<context>
    <name>FollowUpDialogs</name>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Move {step} with &lt;b&gt;{who}&lt;/b&gt;, due {due}, to:</source>
        <translation>将与 &lt;b&gt;{who}&lt;/b&gt; 的 {step}（原定 {due}）改到：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd, dddd</source>
        <translation>yyyy-MM-dd dddd</translation>
    </message>
    <message>
        <source>e.g. the client is away</source>
        <translation>例如：客户出差</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>新日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why skip {step} with {who}?</source>
        <translation>为什么跳过与 {who} 的 {step}？</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>跳过这一步</translation>
    </message>
    <message>
        <source>Please give a reason (it stays in the history):</source>
        <translation>请填写原因（会保留在历史记录中）：</translation>
    </message>
</context>
<context>
    <name>FollowUpFormat</name>
    <message>
        <source>MMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>ddd, MMM d</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天到期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>This month: {pending} to do, {overdue} of them overdue</source>
        <translation>本月：待办 {pending} 项，其中逾期 {overdue} 项</translation>
    </message>
    <message>
        <source>{day}: {n} follow-ups</source>
        <translation>{day}：{n} 项跟进</translation>
    </message>
    <message>
        <source>Week of {day}: {n} follow-ups</source>
        <translation>{day} 起的一周：{n} 项跟进</translation>
    </message>
    <message>
        <source> (the first {limit} listed)</source>
        <translation>（仅列出前 {limit} 项）</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>导出日历…</translation>
    </message>
    <message>
        <source>Print visit plan…</source>
        <translation>打印拜访计划…</translation>
    </message>
    <message>
        <source>Follow-up policy…</source>
        <translation>跟进规则…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>The number on a day counts the steps still to do; red ones are overdue. Done and skipped steps stay listed, greyed.</source>
        <translation>日期上的数字是当天待办的跟进数，红色表示已逾期。已完成和已跳过的跟进仍会列出，显示为灰色。</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Undone {when}</source>
        <translation>已于 {when} 撤销</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo the import of {file}? The {created} clients it created are removed and the {updated} it updated get their earlier values back.</source>
        <translation>撤销 {file} 的导入吗？它新建的 {created} 位客户将被删除，它更新过的 {updated} 位客户将恢复原来的值。</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Every import is kept as one piece: undoing it removes the clients it created and restores the ones it updated.</source>
        <translation>每次导入都作为一个整体保存：撤销时，会删除它新建的客户，并恢复它更新过的客户。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销这次导入</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The file could not be read or written: {error}</source>
        <translation>无法读取或写入文件：{error}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>出错了：{error}</translation>
    </message>
    <message>
        <source>Skip them: keep the clients as they are</source>
        <translation>跳过：已有客户保持不变</translation>
    </message>
    <message>
        <source>Fill in what the clients lack, change nothing they have</source>
        <translation>只补充空白字段，已有的内容不改</translation>
    </message>
    <message>
        <source>Overwrite with the file&apos;s values (blank cells change nothing)</source>
        <translation>用文件中的值覆盖（空白单元格不改动）</translation>
    </message>
    <message>
        <source>Import them as new clients</source>
        <translation>作为新客户导入</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Fill empty fields</source>
        <translation>补充空白字段</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>作为新客户</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>姓名和公司相同</translation>
    </message>
    <message>
        <source>Cards matching a client already here are handled as chosen above.</source>
        <translation>与已有客户相同的名片，按上面的选择处理。</translation>
    </message>
    <message>
        <source>Looking for clients already in the notebook…</source>
        <translation>正在查找客情簿中已有的客户…</translation>
    </message>
    <message>
        <source>No row repeats a client: every row is new.</source>
        <translation>没有重复的客户，每一行都是新客户。</translation>
    </message>
    <message>
        <source>1 row repeats a client.</source>
        <translation>有 1 行与已有客户重复。</translation>
    </message>
    <message>
        <source>{count} rows repeat a client.</source>
        <translation>有 {count} 行与已有客户重复。</translation>
    </message>
    <message>
        <source>A row can be handled differently in the table.</source>
        <translation>可在下表中为个别行另选处理方式。</translation>
    </message>
    <message>
        <source>{match} ({why}: {value})</source>
        <translation>{match}（{why}：{value}）</translation>
    </message>
    <message>
        <source>As chosen above</source>
        <translation>按上面的选择</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <source>Rows about clients who are already here.</source>
        <translation>文件中有些行对应的是已有的客户。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>When a row is about a client already here</source>
        <translation>某行对应已有客户时</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的姓名</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>对应的客户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Lists and contacts</source>
        <translation>客户名单和通讯录</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>{count} contact cards found.</source>
        <translation>找到 {count} 张名片。</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>too many rows</source>
        <translation>行数过多</translation>
    </message>
    <message>
        <source>Every sheet has more than {limit} rows. Split the list into smaller files and import them one by one.</source>
        <translation>每个工作表都超过 {limit} 行。请把名单拆成几个较小的文件，分别导入。</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A client list from Excel, WPS or a CSV file, or contacts.</source>
        <translation>Excel、WPS 或 CSV 格式的客户名单，或者手机通讯录。</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx, .xlsm), CSV files and vCard contacts (.vcf). Old .xls and WPS .et files must first be saved as .xlsx.</source>
        <translation>可导入 Excel 工作簿（.xlsx、.xlsm）、CSV 文件和 vCard 名片（.vcf）。旧的 .xls 和 WPS 的 .et 文件需先另存为 .xlsx。</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Blank import template…</source>
        <translation>空白导入模板…</translation>
    </message>
    <message>
        <source>A list with every column the import recognises, to fill in</source>
        <translation>一份包含所有可识别列的空白名单，填好后即可导入</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>正在读取工作表…</translation>
    </message>
    <message>
        <source>No header row: columns are named by letter.</source>
        <translation>没有标题行：各列以字母命名。</translation>
    </message>
    <message>
        <source>Row {row} holds the column names (found automatically). Click another row if they are elsewhere.</source>
        <translation>第 {row} 行是标题行（自动识别）。如果列名在别处，请点击那一行。</translation>
    </message>
    <message>
        <source>Row {row} holds the column names. Click another row if they are elsewhere.</source>
        <translation>第 {row} 行是标题行。如果列名在别处，请点击那一行。</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>Which row holds the column names? Rows above it are left out.</source>
        <translation>哪一行是列名？它上面的行不会导入。</translation>
    </message>
    <message>
        <source>This sheet has no header row (every row is a client)</source>
        <translation>此工作表没有标题行（每一行都是客户）</translation>
    </message>
    <message>
        <source>Month first (M/D/Y): {sample} → {date}</source>
        <translation>月在前（月/日/年）：{sample} → {date}</translation>
    </message>
    <message>
        <source>Day first (D/M/Y): {sample} → {date}</source>
        <translation>日在前（日/月/年）：{sample} → {date}</translation>
    </message>
    <message>
        <source>Choose the column that holds the client&apos;s name.</source>
        <translation>请指定哪一列是客户姓名。</translation>
    </message>
    <message>
        <source>Only one column can be imported as {field} (now: {columns}).</source>
        <translation>“{field}”只能对应一列（现在是：{columns}）。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Say what each column of the file is. Guessed from its name.</source>
        <translation>说明文件中每一列是什么。已根据列名自动猜测。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Dates like 03/02/1985:</source>
        <translation>03/02/1985 这样的日期：</translation>
    </message>
    <message>
        <source>Dates starting with the year (1985-03-02) are always clear.</source>
        <translation>以年份开头的日期（1985-03-02）不会有歧义。</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <source>Save this column mapping as (an existing name is replaced):</source>
        <translation>将此列对应保存为（同名的会被替换）：</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>删除列对应</translation>
    </message>
    <message>
        <source>Delete the saved mapping “{name}”?</source>
        <translation>删除已保存的列对应“{name}”吗？</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>已保存的列对应：</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Not imported: no name</source>
        <translation>不导入：没有姓名</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Repeats row {row}</source>
        <translation>与第 {row} 行重复</translation>
    </message>
    <message>
        <source>Already here: {name} #{id}</source>
        <translation>已有客户：{name} #{id}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The first {shown} of {total} rows, as they will be imported. Amber: changed on the way in; red: left out. Point at a marked cell to see why.</source>
        <translation>共 {total} 行，以下是前 {shown} 行导入后的样子。橙色：导入时做了修改；红色：未导入。鼠标指向标记的单元格可查看原因。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Check the values before anything is written.</source>
        <translation>写入之前，请先核对这些值。</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} / {total} 行</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing in the database was changed.</source>
        <translation>导入已停止，数据库没有任何改动。</translation>
    </message>
    <message>
        <source>The import failed and nothing in the database was changed: {why}</source>
        <translation>导入失败，数据库没有任何改动：{why}</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>All or nothing: a stopped import changes nothing.</source>
        <translation>要么全部导入，要么什么都不改：中途停止不会留下任何改动。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&lt; Back to the choices</source>
        <translation>&lt; 返回修改选择</translation>
    </message>
    <message>
        <source>From {file}, sheet “{sheet}”.</source>
        <translation>来自 {file} 的工作表“{sheet}”。</translation>
    </message>
    <message>
        <source>From {file}.</source>
        <translation>来自 {file}。</translation>
    </message>
    <message>
        <source>Values changed or left out, and rows not imported ({count}). Save them as a report to fix the list at its source:</source>
        <translation>被修改或未导入的值，以及未导入的行（{count} 条）。可保存为报告，在原名单中修正：</translation>
    </message>
    <message>
        <source>Every value came in as it was.</source>
        <translation>所有值都原样导入了。</translation>
    </message>
    <message>
        <source>{file} - import problems.xlsx</source>
        <translation>{file} - 导入问题.xlsx</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Remove the clients this import created and give the clients it updated their earlier values back?</source>
        <translation>删除这次导入新建的客户，并让它更新过的客户恢复原来的值吗？</translation>
    </message>
    <message>
        <source>Undone: {removed} clients removed, {restored} given their earlier values back.</source>
        <translation>已撤销：删除了 {removed} 位客户，{restored} 位客户恢复了原来的值。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The clients are in the list now.</source>
        <translation>客户已经在列表中了。</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本细节</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>商业细节</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>个人细节</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>后勤细节</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>— Don&apos;t import —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
</context>
<context>
    <name>IntentTrend</name>
    <message>
        <source>Intent score by assessment</source>
        <translation>历次意愿评分</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>客情簿</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>关于客情簿(&amp;A)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>关于客情簿</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport (客情簿) {version}&lt;/h3&gt;&lt;p&gt;An offline notebook for the clients an account manager looks after.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客情簿 Rapport {version}&lt;/h3&gt;&lt;p&gt;离线客户关系记事本：记下您负责的每一位客户。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>意愿评估</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Churn records</source>
        <translation>流失记录</translation>
    </message>
    <message>
        <source>Points entries</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>leap </source>
        <translation>闰</translation>
    </message>
    <message>
        <source>lunar {leap}{month}/{day}</source>
        <translation>农历{leap}{month}月{day}日</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Merge clients</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Choose the value to keep wherever the two dossiers differ. Nothing else is lost: history, phones, emails, addresses, family and tags of both are kept.</source>
        <translation>两份档案不一致的地方，请选择要保留的值。其余内容都不会丢失：两位客户的历史记录、电话、邮箱、地址、家庭成员和标签都会保留。</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>左右互换</translation>
    </message>
    <message>
        <source>Keep the other client instead</source>
        <translation>改为保留另一位客户</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Merge in, then to Trash</source>
        <translation>并入，然后移到回收站</translation>
    </message>
    <message>
        <source>The two dossiers agree on every field.</source>
        <translation>两份档案的所有字段都一致。</translation>
    </message>
    <message>
        <source>Use all values</source>
        <translation>全部选这边</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Moves to {keep}: {items}</source>
        <translation>移到 {keep}：{items}</translation>
    </message>
    <message>
        <source>Added to {keep}: {items}</source>
        <translation>添加到 {keep}：{items}</translation>
    </message>
    <message>
        <source>{other} then goes to Trash, from where it can be restored.</source>
        <translation>随后 {other} 移到回收站，可以从那里恢复。</translation>
    </message>
    <message>
        <source>One of the two clients no longer exists; it may have been merged or moved to Trash meanwhile.</source>
        <translation>两位客户中有一位已不存在，可能刚被合并或移到了回收站。</translation>
    </message>
    <message>
        <source>A client cannot be merged with itself.</source>
        <translation>不能把客户与自己合并。</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>无法合并</translation>
    </message>
</context>
<context>
    <name>MergeUndo</name>
    <message>
        <source>Merged {other} into {keep}; {other} is in Trash.</source>
        <translation>已将 {other} 合并到 {keep}，{other} 已移入回收站。</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>无法撤销合并</translation>
    </message>
    <message>
        <source>One of the two clients was deleted for good; the merge cannot be undone.</source>
        <translation>两位客户之一已被永久删除，无法撤销这次合并。</translation>
    </message>
    <message>
        <source>Merge undone: {keep} and {other} are separate again.</source>
        <translation>已撤销合并：{keep} 和 {other} 又是两位客户了。</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>这次合并已经撤销过了。</translation>
    </message>
    <message>
        <source>{client} was merged with another client since; undo that merge first.</source>
        <translation>{client} 之后又与其他客户合并过，请先撤销那次合并。</translation>
    </message>
    <message>
        <source>{client} was changed after the merge (edited, restored from Trash or given new history); undoing the merge would lose that.</source>
        <translation>{client} 在合并之后有过改动（编辑、从回收站恢复或新增了记录），撤销合并会丢失这些改动。</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>This client no longer exists; the list will refresh.</source>
        <translation>该客户已不存在，列表将刷新。</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>无法完成</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>跟进阶段</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Appointment time; — when not agreed yet</source>
        <translation>约定时间；未约定时显示 —</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Follow-up policy</source>
        <translation>跟进规则</translation>
    </message>
    <message>
        <source>These numbers plan every client&apos;s next step. Changes apply to the steps planned from now on; steps already on the calendar keep their dates.</source>
        <translation>这些数字决定每位客户的下一步安排。修改只影响今后新安排的跟进，日历上已有的跟进日期不变。</translation>
    </message>
    <message>
        <source>The A–D plan</source>
        <translation>A—D 计划</translation>
    </message>
    <message>
        <source>A · first contact due within</source>
        <translation>A·初次接触：新客户建档后</translation>
    </message>
    <message>
        <source> touches</source>
        <translation> 次轻触</translation>
    </message>
    <message>
        <source>Propose C · the second meeting after</source>
        <translation>C·二次会面：B 阶段联系满</translation>
    </message>
    <message>
        <source>B · keep in touch</source>
        <translation>B·保持联系</translation>
    </message>
    <message>
        <source>D · retention</source>
        <translation>D·维系</translation>
    </message>
    <message>
        <source>Contact every, by tier</source>
        <translation>各级别的联系间隔</translation>
    </message>
    <message>
        <source>Retention actions (D), used in turn</source>
        <translation>维系举措（D 阶段，轮流使用）</translation>
    </message>
    <message>
        <source>One action per line</source>
        <translation>每行一项举措</translation>
    </message>
    <message>
        <source>Festival greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>Greet these tiers</source>
        <translation>问候这些级别的客户</translation>
    </message>
    <message>
        <source>On these festivals</source>
        <translation>在这些节日</translation>
    </message>
    <message>
        <source>Give at least one retention action.</source>
        <translation>请至少填写一项维系举措。</translation>
    </message>
    <message>
        <source>Out of range.</source>
        <translation>超出允许的范围。</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>The PDF could not be written:
{error}</source>
        <translation>无法写入 PDF：
{error}</translation>
    </message>
    <message>
        <source>PDF exported</source>
        <translation>PDF 已导出</translation>
    </message>
    <message>
        <source>{pages} pages written to
{path}</source>
        <translation>已写入 {pages} 页：
{path}</translation>
    </message>
</context>
<context>
    <name>PrintedDossier</name>
    <message>
        <source>Client dossier · {name}</source>
        <translation>客户档案 · {name}</translation>
    </message>
    <message>
        <source>History (last {n})</source>
        <translation>商业记录（最近 {n} 条）</translation>
    </message>
    <message>
        <source>Intent score over time</source>
        <translation>意愿评分趋势</translation>
    </message>
    <message>
        <source>No history recorded yet.</source>
        <translation>尚无商业记录。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>PrintedPage</name>
    <message>
        <source>Account manager: {name}</source>
        <translation>客户经理：{name}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>打印日期：{date}</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>第 {n} 页 / 共 {m} 页</translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <source>Problems raised</source>
        <translation>客户提出的问题</translation>
    </message>
    <message>
        <source>Their plans</source>
        <translation>客户的打算</translation>
    </message>
    <message>
        <source>Interests noticed</source>
        <translation>留意到的兴趣</translation>
    </message>
    <message>
        <source>Visits: {n}</source>
        <translation>拜访 {n} 个</translation>
    </message>
    <message>
        <source>Visit plan · {period}</source>
        <translation>拜访计划 · {period}</translation>
    </message>
    <message>
        <source>No visits are planned in this period.</source>
        <translation>这段时间没有安排拜访。</translation>
    </message>
    <message>
        <source>{name} · notes and outcome</source>
        <translation>{name} · 拜访记录与结果</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已见面</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>已改期</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未见到</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>No address on file</source>
        <translation>档案中无地址</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>为何</translation>
    </message>
    <message>
        <source>What</source>
        <translation>何事</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>何人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>何地</translation>
    </message>
    <message>
        <source>How</source>
        <translation>如何</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手动加入</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>原计划日期</translation>
    </message>
    <message>
        <source>Last contact ({when})</source>
        <translation>上次联系（{when}）</translation>
    </message>
    <message>
        <source>We promised</source>
        <translation>答应的下一步</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未完成订单</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未解决的抱怨</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>time open</source>
        <translation>时间待定</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>拜访路线</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>积分 {n}</translation>
    </message>
    <message>
        <source>club member</source>
        <translation>俱乐部会员</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>维系</translation>
    </message>
    <message>
        <source>Nothing on file yet: note their tastes and family this time.</source>
        <translation>档案里还没有喜好记录：这次多留心记下口味、爱好与家人。</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>turns {n}</source>
        <translation>满 {n} 岁</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} 周年</translation>
    </message>
</context>
<context>
    <name>ProfileChangesDialog</name>
    <message>
        <source>Write answers into the dossier</source>
        <translation>将答案写入档案</translation>
    </message>
    <message>
        <source>These answers belong in the dossier. Untick what should stay as it is.</source>
        <translation>以下答案属于客户档案内容。不想修改的项目请取消勾选。</translation>
    </message>
    <message>
        <source>Write into the dossier</source>
        <translation>写入档案</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不写入</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>now: {old}&lt;br&gt;after: {new}</source>
        <translation>现为：{old}&lt;br&gt;改为：{new}</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Intent (scored)</source>
        <translation>意愿题（计分）</translation>
    </message>
    <message>
        <source>Profile (a dossier fact)</source>
        <translation>资料题（档案信息）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation>删除选项</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <source>Dossier field:</source>
        <translation>写入档案字段：</translation>
    </message>
    <message>
        <source>Answers (the most points is the best answer):</source>
        <translation>答案选项（分值最高者为最佳答案）：</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Intent questionnaire</source>
        <translation>意愿评估问卷</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Intent bands</source>
        <translation>意愿等级</translation>
    </message>
    <message>
        <source>High intent from score:</source>
        <translation>高意愿起始分：</translation>
    </message>
    <message>
        <source>Medium intent from score:</source>
        <translation>中意愿起始分：</translation>
    </message>
    <message>
        <source>Restore the shipped questions…</source>
        <translation>恢复内置问卷…</translation>
    </message>
    <message>
        <source>Edits apply to new assessments; earlier ones keep the questions they were scored with.</source>
        <translation>修改只用于新的评估；以往的评估保留其当时所用的题目。</translation>
    </message>
    <message>
        <source>intent ×{w:g}</source>
        <translation>意愿 ×{w:g}</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Not saved; please fix:</source>
        <translation>未保存，请修正：</translation>
    </message>
    <message>
        <source>Restore the shipped questions</source>
        <translation>恢复内置问卷</translation>
    </message>
    <message>
        <source>New assessments will use the questions the app ships with. Your edited versions stay stored for the assessments made with them. Continue?</source>
        <translation>新的评估将使用软件内置的题目。您修改过的版本仍会保留，供用它做过的评估查看。是否继续？</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>The list cannot select exactly the clients of that bar; it shows the nearest wider set.</source>
        <translation>客户列表无法精确筛选出该柱对应的客户，已显示范围稍大的最接近结果。</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>Could not build the report: {error}</source>
        <translation>无法生成报表：{error}</translation>
    </message>
    <message>
        <source>{clients} clients · sales {sales} · churn rate {churn} · {overdue} overdue follow-ups · as of {today}</source>
        <translation>客户 {clients} 位 · 销售额 {sales} · 流失率 {churn} · 逾期跟进 {overdue} 项 · 截至 {today}</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Build the report again (F5)</source>
        <translation>重新生成报表（F5）</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>导出 PDF 报告…</translation>
    </message>
    <message>
        <source>Save every chart of the page as one PDF report</source>
        <translation>将本页全部图表保存为一份 PDF 报告</translation>
    </message>
    <message>
        <source>Intent questionnaire…</source>
        <translation>意愿评估问卷…</translation>
    </message>
</context>
<context>
    <name>SuggestTierDialog</name>
    <message>
        <source>Suggested tier</source>
        <translation>建议级别</translation>
    </message>
    <message>
        <source>The numbers point to &lt;b&gt;{suggested}&lt;/b&gt; (now {current}).</source>
        <translation>根据数据，建议调整为&lt;b&gt;{suggested}&lt;/b&gt;（现为{current}）。</translation>
    </message>
    <message>
        <source>The numbers agree with the current tier, &lt;b&gt;{current}&lt;/b&gt;.</source>
        <translation>数据与当前级别&lt;b&gt;{current}&lt;/b&gt;相符。</translation>
    </message>
    <message>
        <source>{points} points in all</source>
        <translation>合计 {points} 分</translation>
    </message>
    <message>
        <source>6–7 points strategic, 4–5 loyal, 2–3 close, fewer loose.</source>
        <translation>6–7 分为战略级，4–5 分为死党级，2–3 分为紧密型，更低为松散型。</translation>
    </message>
    <message>
        <source>Set tier to {tier}</source>
        <translation>设为{tier}</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Snooze: remind me 1, 3 or 7 days later</source>
        <translation>推迟：1、3 或 7 天后再提醒</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>跳过…</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Log greeting</source>
        <translation>记录问候</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>turning {n}</source>
        <translation>满 {n} 岁</translation>
    </message>
    <message>
        <source>year of the {animal}</source>
        <translation>属{animal}</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} 周年</translation>
    </message>
    <message>
        <source>lunar date {date}</source>
        <translation>{date}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Greet {n} clients: {tiers}</source>
        <translation>问候 {n} 位客户：{tiers}</translation>
    </message>
    <message>
        <source>… and {n} more in the Follow-ups calendar</source>
        <translation>……另有 {n} 项，请在跟进日历中查看</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Coming {n} days</source>
        <translation>未来 {n} 天</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries</source>
        <translation>生日与纪念日</translation>
    </message>
    <message>
        <source>Festival greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>今天 · {date}</translation>
    </message>
    <message>
        <source>{overdue} overdue · {due} due today · {upcoming} coming</source>
        <translation>逾期 {overdue} · 今天 {due} · 未来 {upcoming}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Show in calendar</source>
        <translation>在日历中查看</translation>
    </message>
    <message>
        <source>Nothing due. A good day to call a client you have not seen for a while.</source>
        <translation>没有到期的跟进。正好给许久未见的客户打个电话。</translation>
    </message>
    <message>
        <source>No birthdays, anniversaries or festivals in the next {n} days.</source>
        <translation>未来 {n} 天没有生日、纪念日或节日。</translation>
    </message>
    <message>
        <source>Contact logged. No next step.</source>
        <translation>已记录联系。没有下一步。</translation>
    </message>
    <message>
        <source>Contact logged. Next: {step}, {date}.</source>
        <translation>已记录联系。下一步：{step}，{date}。</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Delete permanently</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>Empty the Trash? All {count} clients in it will be deleted.</source>
        <translation>清空回收站？其中全部 {count} 位客户都将被删除。</translation>
    </message>
    <message>
        <source>Delete this client permanently?</source>
        <translation>彻底删除这位客户？</translation>
    </message>
    <message>
        <source>Delete {count} clients permanently?</source>
        <translation>彻底删除这 {count} 位客户？</translation>
    </message>
    <message>
        <source>Their whole history goes with them. This cannot be undone.</source>
        <translation>他们的全部往来记录将一并删除，且无法恢复。</translation>
    </message>
    <message>
        <source>Restored 1 client with its history.</source>
        <translation>已恢复 1 位客户及其全部记录。</translation>
    </message>
    <message>
        <source>Restored {count} clients with their history.</source>
        <translation>已恢复 {count} 位客户及其全部记录。</translation>
    </message>
    <message>
        <source>{count} in Trash</source>
        <translation>回收站中共 {count} 位</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Put back with the whole history</source>
        <translation>连同全部记录一起恢复</translation>
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>The Trash is empty. Clients you delete wait here until you purge them.</source>
        <translation>回收站是空的。删除的客户会留在这里，直到您彻底删除。</translation>
    </message>
</context>
<context>
    <name>VisitPlanDialog</name>
    <message>
        <source>Print visit plan</source>
        <translation>打印拜访计划</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>排列：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation>客户经理：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>By day and time</source>
        <translation>按日期和时间</translation>
    </message>
    <message>
        <source>By area (city, district, street)</source>
        <translation>按区域（城市、区县、街道）</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>按列表顺序</translation>
    </message>
    <message>
        <source>Add client…</source>
        <translation>添加客户…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Reload follow-ups</source>
        <translation>重新载入跟进</translation>
    </message>
    <message>
        <source>Start again from the follow-ups due in the period</source>
        <translation>重新从这段时间内到期的跟进开始</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Name, pinyin, phone or company:</source>
        <translation>姓名、拼音、电话或公司：</translation>
    </message>
    <message>
        <source>No client matches “{text}”.</source>
        <translation>没有客户符合“{text}”。</translation>
    </message>
    <message>
        <source>Which client?</source>
        <translation>选择哪位客户？</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Rapport could not finish opening: {error}</source>
        <translation>客情簿未能完成启动：{error}</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>&amp;New Client…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find Client</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
</context>
</TS>
