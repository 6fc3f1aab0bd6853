<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>high intent</source>
        <translation>高意願</translation>
    </message>
    <message>
        <source>medium intent</source>
        <translation>中意願</translation>
    </message>
    <message>
        <source>low intent</source>
        <translation>低意願</translation>
    </message>
    <message>
        <source>Assess intent — {name}</source>
        <translation>意願評估 — {name}</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>清空重填</translation>
    </message>
    <message>
        <source>Intent (scored)</source>
        <translation>意願題（計分）</translation>
    </message>
    <message>
        <source>Profile (facts for the dossier)</source>
        <translation>資料題（寫入檔案）</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>評估日期：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation>— 未問 —</translation>
    </message>
    <message>
        <source>Weight {weight:g}</source>
        <translation>權重 {weight:g}</translation>
    </message>
    <message>
        <source>The answers start from the assessment of {date}; change what is different now.</source>
        <translation>已按 {date} 的評估預填答案，請修改有變化的部分。</translation>
    </message>
    <message>
        <source>Answer at least one intent question for a score.</source>
        <translation>至少回答一道意願題才能計分。</translation>
    </message>
    <message>
        <source>Score {score:g} — {band} ({n} of {total} answered)</source>
        <translation>評分 {score:g} — {band}（已答 {n}/{total} 題）</translation>
    </message>
</context>
<context>
    <name>Birthday</name>
    <message>
        <source>Solar</source>
        <translation>公曆</translation>
    </message>
    <message>
        <source>Lunar (农历)</source>
        <translation>農曆</translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation>年份不詳</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>閏月</translation>
    </message>
    <message>
        <source>Born in the leap month (闰月) of that number</source>
        <translation>生於該月的閏月</translation>
    </message>
    <message>
        <source>This date does not exist in that calendar</source>
        <translation>該曆法中沒有這一天</translation>
    </message>
    <message>
        <source>solar %1</source>
        <translation>公曆 %1</translation>
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
        <translation>%1 歲</translation>
    </message>
    <message>
        <source>next %1 (in %2 days)</source>
        <translation>下次 %1（還有 %2 天）</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Add tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Add this tag to the selected clients:</source>
        <translation>為所選客戶新增標籤：</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <source>Remove this tag from the selected clients:</source>
        <translation>從所選客戶移除標籤：</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>設定級別</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>設定狀態</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>新增標籤…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>移除標籤…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移至資源回收筒</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export calendar</source>
        <translation>匯出日曆</translation>
    </message>
    <message>
        <source>Follow-ups, birthdays, anniversaries and festival greetings of the period go into an .ics file that Outlook, Apple Calendar or a phone can import. Importing a later export again updates the events instead of doubling them.</source>
        <translation>所選期間的跟進、生日、紀念日和節日問候將寫入 .ics 檔案，可匯入 Outlook、蘋果日曆或手機。以後再次匯入新的匯出檔案會更新原有事件，不會重複。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日曆檔案 (*.ics)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未匯出</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>Images (%1)</source>
        <translation>圖片 (%1)</translation>
    </message>
    <message>
        <source>Choose a business card image</source>
        <translation>選擇名片圖片</translation>
    </message>
    <message>
        <source>Not an image: %1</source>
        <translation>不是圖片：%1</translation>
    </message>
    <message>
        <source>No business card.
Drop an image here.</source>
        <translation>暫無名片。
可將圖片拖到這裡。</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>選擇圖片…</translation>
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
        <translation>圖表另存為 PNG…</translation>
    </message>
    <message>
        <source>Save chart as PDF…</source>
        <translation>圖表另存為 PDF…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or PDF</source>
        <translation>將此圖表儲存為 PNG 或 PDF</translation>
    </message>
</context>
<context>
    <name>ChurnDialog</name>
    <message>
        <source>Mark churned — {name}</source>
        <translation>標記流失 — {name}</translation>
    </message>
    <message>
        <source>The client will be set to churned and their pending follow-ups cancelled.</source>
        <translation>客戶將被設為「已流失」，其待辦跟進將被取消。</translation>
    </message>
    <message>
        <source>Every order of the client, returned orders excluded</source>
        <translation>該客戶全部訂單金額（不含退貨）</translation>
    </message>
    <message>
        <source>e.g. a price offer, a visit by the manager, a gift…</source>
        <translation>例如：價格優惠、經理登門拜訪、贈送禮品…</translation>
    </message>
    <message>
        <source>Mark churned</source>
        <translation>標記為流失</translation>
    </message>
    <message>
        <source>Lifetime value lost:</source>
        <translation>損失的終身價值：</translation>
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
        <translation>已採取的挽留措施：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
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
        <translation>職務</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>開發狀態</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意向分</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近聯繫</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟進</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除時間</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>1 client</source>
        <translation>共 1 位客戶</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>共 {count} 位客戶</translation>
    </message>
    <message>
        <source>{count}+ clients…</source>
        <translation>{count}+ 位客戶…</translation>
    </message>
    <message>
        <source> / {count} selected</source>
        <translation> / 已選 {count}</translation>
    </message>
    <message>
        <source>Could not load the list</source>
        <translation>無法載入列表</translation>
    </message>
    <message>
        <source>Search name, pinyin, initials, phone, company… (Ctrl+F)</source>
        <translation>搜尋姓名、拼音、首字母、電話、公司…（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <source>Reset columns</source>
        <translation>恢復預設欄位</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Save as view</source>
        <translation>儲存為檢視</translation>
    </message>
    <message>
        <source>Name of the view (an existing name updates that view):</source>
        <translation>檢視名稱（與現有檢視同名則更新該檢視）：</translation>
    </message>
    <message>
        <source>No client matches this search and these filters.</source>
        <translation>沒有符合目前搜尋和篩選條件的客戶。</translation>
    </message>
    <message>
        <source>No clients yet. Press Ctrl+N to add one.</source>
        <translation>還沒有客戶。按 Ctrl+N 新增一位。</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>開啟客戶檔案</translation>
    </message>
    <message>
        <source>Merge these two clients…</source>
        <translation>合併這兩位客戶…</translation>
    </message>
    <message>
        <source>Moved 1 client to Trash.</source>
        <translation>已將 1 位客戶移至資源回收筒。</translation>
    </message>
    <message>
        <source>Moved {count} clients to Trash.</source>
        <translation>已將 {count} 位客戶移至資源回收筒。</translation>
    </message>
    <message>
        <source>For the selected clients</source>
        <translation>套用於所選客戶</translation>
    </message>
    <message>
        <source>Move the selected clients to Trash (Delete)</source>
        <translation>將所選客戶移至資源回收筒（Delete）</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>New client (Ctrl+N)</source>
        <translation>新增客戶（Ctrl+N）</translation>
    </message>
    <message>
        <source>Save as view…</source>
        <translation>儲存為檢視…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Briefing: remember about the client</source>
        <translation>會面簡報：要記得的客戶細節</translation>
    </message>
    <message>
        <source>Suggested retention action</source>
        <translation>建議的維繫舉措</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>記錄聯繫</translation>
    </message>
    <message>
        <source>Completing {step} with {who}, due {due}</source>
        <translation>完成與 {who} 的 {step}（計劃於 {due}）</translation>
    </message>
    <message>
        <source>A contact with {who}</source>
        <translation>與 {who} 的一次聯繫</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>客戶提出的問題</translation>
    </message>
    <message>
        <source>Client&apos;s next plans</source>
        <translation>客戶接下來的打算</translation>
    </message>
    <message>
        <source>Interests noticed</source>
        <translation>留意到的興趣</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>(a note: completes no step)</source>
        <translation>（僅作記錄，不完成任何步驟）</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>談了什麼、做了什麼</translation>
    </message>
    <message>
        <source>What you promised to do next</source>
        <translation>答應客戶接下來要做的事</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>A contact can only be logged once it has happened.</source>
        <translation>只能記錄已經發生的聯繫。</translation>
    </message>
    <message>
        <source>Give a date and time.</source>
        <translation>請填寫日期和時間。</translation>
    </message>
    <message>
        <source>Choose a channel.</source>
        <translation>請選擇聯繫方式。</translation>
    </message>
    <message>
        <source>Choose a stage A–D.</source>
        <translation>請選擇 A–D 階段。</translation>
    </message>
    <message>
        <source>Write a few words about the contact.</source>
        <translation>請簡單寫幾句這次聯繫的內容。</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>Assess intent…</source>
        <translation>意願評估…</translation>
    </message>
    <message>
        <source>Fill the intent questionnaire for this client</source>
        <translation>為該客戶填寫意願評估表</translation>
    </message>
    <message>
        <source>Suggest tier…</source>
        <translation>建議級別…</translation>
    </message>
    <message>
        <source>The tier the client&apos;s numbers point to, and why</source>
        <translation>根據客戶數據建議的級別及理由</translation>
    </message>
    <message>
        <source>Mark churned…</source>
        <translation>標記流失…</translation>
    </message>
    <message>
        <source>Record why the client left and what it costs</source>
        <translation>記錄流失原因及損失</translation>
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
        <translation>選擇日期</translation>
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
        <translation>客戶必須有姓名。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Not an email address (name@example.com).</source>
        <translation>郵箱格式不對（例：name@example.com）。</translation>
    </message>
    <message>
        <source>Not a real date.</source>
        <translation>日期不存在。</translation>
    </message>
    <message>
        <source>Not one of the choices.</source>
        <translation>不在可選項中。</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>不是電話號碼。</translation>
    </message>
    <message>
        <source>Out of range.</source>
        <translation>超出範圍。</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>不是數字。</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>未知欄位。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>無效：%1</translation>
    </message>
</context>
<context>
    <name>DossierForm</name>
    <message>
        <source>Basic</source>
        <translation>基本細節</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>商業細節</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>個人細節</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>後勤細節</translation>
    </message>
    <message>
        <source>History</source>
        <translation>商業記錄</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>客戶細分</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自訂欄位</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>郵箱</translation>
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
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>主要紀念日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>No custom fields yet. They are defined in Settings.</source>
        <translation>還沒有自訂欄位，可在「設定」中定義。</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <source>Characteristics</source>
        <translation>特點</translation>
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
        <translation>客戶類別</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素質</translation>
    </message>
    <message>
        <source>Willingness</source>
        <translation>意願</translation>
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
        <translation>%1 歲</translation>
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
        <translation>新客戶</translation>
    </message>
    <message>
        <source>intent not assessed</source>
        <translation>尚未評估意向</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>積分 %1</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>上次聯繫 %1</translation>
    </message>
    <message>
        <source>no follow-up planned</source>
        <translation>未安排跟進</translation>
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation>下次跟進 %1</translation>
    </message>
</context>
<context>
    <name>DossierHistory</name>
    <message>
        <source>Contact</source>
        <translation>聯繫</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客戶抱怨</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服務請求</translation>
    </message>
    <message>
        <source>Intent assessment</source>
        <translation>意願評估</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促銷活動</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳過</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Status / channel</source>
        <translation>狀態/方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>還沒有任何記錄。</translation>
    </message>
</context>
<context>
    <name>DossierRows</name>
    <message>
        <source>Add phone</source>
        <translation>新增電話</translation>
    </message>
    <message>
        <source>138 0000 0000</source>
        <translation>0912 345 678</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>新增郵箱</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>新增地址</translation>
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
        <translation>區</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>街道門牌</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation>新增家庭成員</translation>
    </message>
    <message>
        <source>Relation (spouse, son…)</source>
        <translation>關係（配偶、兒子…）</translation>
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
        <translation>備註</translation>
    </message>
    <message>
        <source>Add anniversary</source>
        <translation>新增紀念日</translation>
    </message>
    <message>
        <source>What (wedding, company founded…)</source>
        <translation>紀念什麼（結婚、公司成立…）</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>刪除這一行</translation>
    </message>
</context>
<context>
    <name>DossierUndo</name>
    <message>
        <source>edit %1</source>
        <translation>編輯「%1」</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save the dossier (Ctrl+S)</source>
        <translation>儲存檔案 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print dossier sheet…</source>
        <translation>列印檔案表(&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>客戶檔案</translation>
    </message>
    <message>
        <source>%1[*] — Dossier</source>
        <translation>%1[*] — 客戶檔案</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未儲存的修改</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>關閉前儲存對「%1」的修改嗎？</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Same phone</source>
        <translation>電話相同</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>電子郵件相同</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重複客戶</translation>
    </message>
    <message>
        <source>Clients who share a phone number, an email address, or a name at the same company. Select two clients of a group and merge them.</source>
        <translation>以下客戶的電話或電子郵件相同，或在同一家公司且同名。選取同一組中的兩位客戶即可合併。</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合併…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在尋找重複客戶…</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>尋找失敗：{error}</translation>
    </message>
    <message>
        <source>;  </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Groups found: {n}</source>
        <translation>找到 {n} 組</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>沒有發現疑似重複的客戶。</translation>
    </message>
    <message>
        <source>Select two clients of one group</source>
        <translation>請選擇同一組中的兩位客戶</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>Import contacts</source>
        <translation>匯入通訊錄</translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf *.vcard)</source>
        <translation>vCard 名片 (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Rapport notebook {day}.xlsx</source>
        <translation>客情簿完整活頁簿 {day}.xlsx</translation>
    </message>
    <message>
        <source>Export the whole notebook</source>
        <translation>匯出整個客情簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved the whole notebook to {path}.</source>
        <translation>已將整個客情簿儲存到 {path}。</translation>
    </message>
    <message>
        <source>Writing every table…</source>
        <translation>正在寫出所有資料表…</translation>
    </message>
    <message>
        <source>Restore a whole notebook</source>
        <translation>還原整個客情簿</translation>
    </message>
    <message>
        <source>Restored {rows} rows from {path}.</source>
        <translation>已從 {path} 還原 {rows} 列資料。</translation>
    </message>
    <message>
        <source>Reading every table…</source>
        <translation>正在讀取所有資料表…</translation>
    </message>
    <message>
        <source>Import &amp;vCard…</source>
        <translation>匯入 vCard 名片(&amp;V)…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>匯入紀錄(&amp;H)…</translation>
    </message>
    <message>
        <source>Export as v&amp;Card…</source>
        <translation>匯出為 vCard 名片(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;Whole Notebook…</source>
        <translation>匯出整個客情簿(&amp;W)…</translation>
    </message>
    <message>
        <source>Restore Whole &amp;Notebook…</source>
        <translation>還原整個客情簿(&amp;N)…</translation>
    </message>
    <message>
        <source>Save Import &amp;Template…</source>
        <translation>儲存匯入範本(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>List columns (not imported back)</source>
        <translation>列表統計欄（不會被匯入）</translation>
    </message>
    <message>
        <source>No columns</source>
        <translation>未選擇欄</translation>
    </message>
    <message>
        <source>Tick at least one column to export.</source>
        <translation>請至少勾選一欄再匯出。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard 名片 (*.vcf)</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>匯出客戶</translation>
    </message>
    <message>
        <source>Exported {count} clients to {path}.</source>
        <translation>已匯出 {count} 位客戶到 {path}。</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未匯出</translation>
    </message>
    <message>
        <source>The view “{name}” as listed ({count})</source>
        <translation>檢視「{name}」中列出的客戶（{count}）</translation>
    </message>
    <message>
        <source>The list as shown, filters and order ({count})</source>
        <translation>目前清單，含篩選與排序（{count}）</translation>
    </message>
    <message>
        <source>The selected clients ({count})</source>
        <translation>選取的客戶（{count}）</translation>
    </message>
    <message>
        <source>Every client ({count})</source>
        <translation>全部客戶（{count}）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 活頁簿 (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf) for phones and mail programs</source>
        <translation>vCard 3.0 (.vcf)，適用於手機和郵件程式</translation>
    </message>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>匯出的欄：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Whole notebook…</source>
        <translation>整個客情簿…</translation>
    </message>
    <message>
        <source>Every table in one workbook: the way out, and the handover file for a successor</source>
        <translation>所有資料表匯出到一個活頁簿：既是備份，也是交接給繼任者的檔案</translation>
    </message>
    <message>
        <source>Import template…</source>
        <translation>匯入範本…</translation>
    </message>
    <message>
        <source>A blank list with every column the import recognises</source>
        <translation>一份包含所有可辨識欄位的空白名單</translation>
    </message>
    <message>
        <source>Save a blank import template</source>
        <translation>儲存空白匯入範本</translation>
    </message>
    <message>
        <source>Import template.xlsx</source>
        <translation>匯入範本.xlsx</translation>
    </message>
    <message>
        <source>Saved an import template to {path}.</source>
        <translation>已將匯入範本儲存到 {path}。</translation>
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
        <translation>（無）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>關係層次</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>跟進逾期</translation>
    </message>
    <message>
        <source>Birthday in 30 days</source>
        <translation>30 天內生日</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
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
        <translation>歡迎使用客情簿</translation>
    </message>
    <message>
        <source>Your client book is empty. Load demo clients to try it?</source>
        <translation>客戶簿還是空的。要載入示範客戶試用一下嗎？</translation>
    </message>
    <message>
        <source>{count} made-up clients with history and follow-ups. They can be moved to Trash and purged later.</source>
        <translation>{count} 位虛構客戶，附帶往來紀錄和跟進計畫。之後可以移至資源回收筒並徹底刪除。</translation>
    </message>
    <message>
        <source>Load demo clients</source>
        <translation>載入示範客戶</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>從 Excel 匯入…</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>從空白開始</translation>
    </message>
    <message>
        <source>Creating demo clients…</source>
        <translation>正在產生示範客戶…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo clients</source>
        <translation>示範客戶</translation>
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
        <translation>一週後</translation>
    </message>
    <message>
        <source>{n} days later</source>
        <translation>{n} 天後</translation>
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
        <translation>將與 &lt;b&gt;{who}&lt;/b&gt; 的 {step}（原定 {due}）改到：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd, dddd</source>
        <translation>yyyy-MM-dd dddd</translation>
    </message>
    <message>
        <source>e.g. the client is away</source>
        <translation>例如：客戶出差</translation>
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
        <translation>為什麼跳過與 {who} 的 {step}？</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>跳過這一步</translation>
    </message>
    <message>
        <source>Please give a reason (it stays in the history):</source>
        <translation>請填寫原因（會保留在歷史記錄中）：</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>This month: {pending} to do, {overdue} of them overdue</source>
        <translation>本月：待辦 {pending} 項，其中逾期 {overdue} 項</translation>
    </message>
    <message>
        <source>{day}: {n} follow-ups</source>
        <translation>{day}：{n} 項跟進</translation>
    </message>
    <message>
        <source>Week of {day}: {n} follow-ups</source>
        <translation>{day} 起的一週：{n} 項跟進</translation>
    </message>
    <message>
        <source> (the first {limit} listed)</source>
        <translation>（僅列出前 {limit} 項）</translation>
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
        <translation>上一頁（Page Up）</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>下一頁（Page Down）</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>匯出日曆…</translation>
    </message>
    <message>
        <source>Print visit plan…</source>
        <translation>列印拜訪計劃…</translation>
    </message>
    <message>
        <source>Follow-up policy…</source>
        <translation>跟進規則…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>記錄聯繫</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>推遲</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳過</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>The number on a day counts the steps still to do; red ones are overdue. Done and skipped steps stay listed, greyed.</source>
        <translation>日期上的數字是當天待辦的跟進數，紅色表示已逾期。已完成和已跳過的跟進仍會列出，顯示為灰色。</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Undone {when}</source>
        <translation>已於 {when} 復原</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>復原匯入</translation>
    </message>
    <message>
        <source>Undo the import of {file}? The {created} clients it created are removed and the {updated} it updated get their earlier values back.</source>
        <translation>復原 {file} 的匯入嗎？它新增的 {created} 位客戶將被刪除，它更新過的 {updated} 位客戶將恢復原來的值。</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>匯入紀錄</translation>
    </message>
    <message>
        <source>Every import is kept as one piece: undoing it removes the clients it created and restores the ones it updated.</source>
        <translation>每次匯入都作為一個整體保存：復原時，會刪除它新增的客戶，並恢復它更新過的客戶。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入時間</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未匯入</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>復原這次匯入</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The file could not be read or written: {error}</source>
        <translation>無法讀取或寫入檔案：{error}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>發生錯誤：{error}</translation>
    </message>
    <message>
        <source>Skip them: keep the clients as they are</source>
        <translation>略過：既有客戶保持不變</translation>
    </message>
    <message>
        <source>Fill in what the clients lack, change nothing they have</source>
        <translation>只補充空白欄位，既有的內容不改</translation>
    </message>
    <message>
        <source>Overwrite with the file&apos;s values (blank cells change nothing)</source>
        <translation>用檔案中的值覆寫（空白儲存格不改動）</translation>
    </message>
    <message>
        <source>Import them as new clients</source>
        <translation>作為新客戶匯入</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Fill empty fields</source>
        <translation>補充空白欄位</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆寫</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>作為新客戶</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>電話相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>郵箱相同</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>姓名和公司相同</translation>
    </message>
    <message>
        <source>Cards matching a client already here are handled as chosen above.</source>
        <translation>與既有客戶相同的名片，依上面的選擇處理。</translation>
    </message>
    <message>
        <source>Looking for clients already in the notebook…</source>
        <translation>正在尋找客情簿中既有的客戶…</translation>
    </message>
    <message>
        <source>No row repeats a client: every row is new.</source>
        <translation>沒有重複的客戶，每一列都是新客戶。</translation>
    </message>
    <message>
        <source>1 row repeats a client.</source>
        <translation>有 1 列與既有客戶重複。</translation>
    </message>
    <message>
        <source>{count} rows repeat a client.</source>
        <translation>有 {count} 列與既有客戶重複。</translation>
    </message>
    <message>
        <source>A row can be handled differently in the table.</source>
        <translation>可在下表中為個別列另選處理方式。</translation>
    </message>
    <message>
        <source>{match} ({why}: {value})</source>
        <translation>{match}（{why}：{value}）</translation>
    </message>
    <message>
        <source>As chosen above</source>
        <translation>依上面的選擇</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複客戶</translation>
    </message>
    <message>
        <source>Rows about clients who are already here.</source>
        <translation>檔案中有些列對應的是既有的客戶。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>When a row is about a client already here</source>
        <translation>某列對應既有客戶時</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列號</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>檔案中的姓名</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>對應的客戶</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Lists and contacts</source>
        <translation>客戶名單和通訊錄</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <source>{count} contact cards found.</source>
        <translation>找到 {count} 張名片。</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} 列</translation>
    </message>
    <message>
        <source>too many rows</source>
        <translation>列數過多</translation>
    </message>
    <message>
        <source>Every sheet has more than {limit} rows. Split the list into smaller files and import them one by one.</source>
        <translation>每個工作表都超過 {limit} 列。請把名單拆成幾個較小的檔案，分別匯入。</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>A client list from Excel, WPS or a CSV file, or contacts.</source>
        <translation>Excel、WPS 或 CSV 格式的客戶名單，或者手機通訊錄。</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx, .xlsm), CSV files and vCard contacts (.vcf). Old .xls and WPS .et files must first be saved as .xlsx.</source>
        <translation>可匯入 Excel 活頁簿（.xlsx、.xlsm）、CSV 檔案和 vCard 名片（.vcf）。舊的 .xls 和 WPS 的 .et 檔案需先另存為 .xlsx。</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Blank import template…</source>
        <translation>空白匯入範本…</translation>
    </message>
    <message>
        <source>A list with every column the import recognises, to fill in</source>
        <translation>一份包含所有可辨識欄位的空白名單，填好後即可匯入</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>正在讀取工作表…</translation>
    </message>
    <message>
        <source>No header row: columns are named by letter.</source>
        <translation>沒有標題列：各欄以字母命名。</translation>
    </message>
    <message>
        <source>Row {row} holds the column names (found automatically). Click another row if they are elsewhere.</source>
        <translation>第 {row} 列是標題列（自動辨識）。如果欄名在別處，請點選那一列。</translation>
    </message>
    <message>
        <source>Row {row} holds the column names. Click another row if they are elsewhere.</source>
        <translation>第 {row} 列是標題列。如果欄名在別處，請點選那一列。</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>標題列</translation>
    </message>
    <message>
        <source>Which row holds the column names? Rows above it are left out.</source>
        <translation>哪一列是欄名？它上面的列不會匯入。</translation>
    </message>
    <message>
        <source>This sheet has no header row (every row is a client)</source>
        <translation>此工作表沒有標題列（每一列都是客戶）</translation>
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
        <translation>請指定哪一欄是客戶姓名。</translation>
    </message>
    <message>
        <source>Only one column can be imported as {field} (now: {columns}).</source>
        <translation>「{field}」只能對應一欄（現在是：{columns}）。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄位對應</translation>
    </message>
    <message>
        <source>Say what each column of the file is. Guessed from its name.</source>
        <translation>說明檔案中每一欄是什麼。已根據欄名自動猜測。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的欄</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>範例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <source>Dates like 03/02/1985:</source>
        <translation>03/02/1985 這樣的日期：</translation>
    </message>
    <message>
        <source>Dates starting with the year (1985-03-02) are always clear.</source>
        <translation>以年份開頭的日期（1985-03-02）不會有歧義。</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>儲存欄位對應</translation>
    </message>
    <message>
        <source>Save this column mapping as (an existing name is replaced):</source>
        <translation>將此欄位對應儲存為（同名的會被取代）：</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>刪除欄位對應</translation>
    </message>
    <message>
        <source>Delete the saved mapping “{name}”?</source>
        <translation>刪除已儲存的欄位對應「{name}」嗎？</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>已儲存的欄位對應：</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚無</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存為…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>郵箱</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Not imported: no name</source>
        <translation>不匯入：沒有姓名</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Repeats row {row}</source>
        <translation>與第 {row} 列重複</translation>
    </message>
    <message>
        <source>Already here: {name} #{id}</source>
        <translation>既有客戶：{name} #{id}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>The first {shown} of {total} rows, as they will be imported. Amber: changed on the way in; red: left out. Point at a marked cell to see why.</source>
        <translation>共 {total} 列，以下是前 {shown} 列匯入後的樣子。橙色：匯入時做了修改；紅色：未匯入。滑鼠指向標記的儲存格可查看原因。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Check the values before anything is written.</source>
        <translation>寫入之前，請先核對這些值。</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在匯入 {file}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} / {total} 列</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing in the database was changed.</source>
        <translation>匯入已停止，資料庫沒有任何變動。</translation>
    </message>
    <message>
        <source>The import failed and nothing in the database was changed: {why}</source>
        <translation>匯入失敗，資料庫沒有任何變動：{why}</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>All or nothing: a stopped import changes nothing.</source>
        <translation>要麼全部匯入，要麼什麼都不改：中途停止不會留下任何變動。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&lt; Back to the choices</source>
        <translation>&lt; 返回修改選擇</translation>
    </message>
    <message>
        <source>From {file}, sheet “{sheet}”.</source>
        <translation>來自 {file} 的工作表「{sheet}」。</translation>
    </message>
    <message>
        <source>From {file}.</source>
        <translation>來自 {file}。</translation>
    </message>
    <message>
        <source>Values changed or left out, and rows not imported ({count}). Save them as a report to fix the list at its source:</source>
        <translation>被修改或未匯入的值，以及未匯入的列（{count} 筆）。可儲存為報告，在原名單中修正：</translation>
    </message>
    <message>
        <source>Every value came in as it was.</source>
        <translation>所有值都原樣匯入了。</translation>
    </message>
    <message>
        <source>{file} - import problems.xlsx</source>
        <translation>{file} - 匯入問題.xlsx</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>儲存錯誤報告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>報告未儲存</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>報告已儲存到 {path}。</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>復原匯入</translation>
    </message>
    <message>
        <source>Remove the clients this import created and give the clients it updated their earlier values back?</source>
        <translation>刪除這次匯入新增的客戶，並讓它更新過的客戶恢復原來的值嗎？</translation>
    </message>
    <message>
        <source>Undone: {removed} clients removed, {restored} given their earlier values back.</source>
        <translation>已復原：刪除了 {removed} 位客戶，{restored} 位客戶恢復了原來的值。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>The clients are in the list now.</source>
        <translation>客戶已經在清單中了。</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未匯入</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>儲存錯誤報告…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>復原這次匯入</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>處理情況</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本細節</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>商業細節</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>個人細節</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>後勤細節</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>客戶細分</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自訂欄位</translation>
    </message>
    <message>
        <source>— Don&apos;t import —</source>
        <translation>— 不匯入 —</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>匯入客戶</translation>
    </message>
</context>
<context>
    <name>IntentTrend</name>
    <message>
        <source>Intent score by assessment</source>
        <translation>歷次意願評分</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收桶</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>客情簿</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>關於客情簿(&amp;A)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>資料庫：{path}</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>關於客情簿</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport (客情簿) {version}&lt;/h3&gt;&lt;p&gt;An offline notebook for the clients an account manager looks after.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客情簿 Rapport {version}&lt;/h3&gt;&lt;p&gt;離線客戶關係記事本：記下您負責的每一位客戶。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Contacts</source>
        <translation>聯繫記錄</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>意願評估</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服務請求</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促銷活動</translation>
    </message>
    <message>
        <source>Churn records</source>
        <translation>流失記錄</translation>
    </message>
    <message>
        <source>Points entries</source>
        <translation>積分記錄</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>紀念日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>leap </source>
        <translation>閏</translation>
    </message>
    <message>
        <source>lunar {leap}{month}/{day}</source>
        <translation>農曆{leap}{month}月{day}日</translation>
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
        <translation>合併客戶</translation>
    </message>
    <message>
        <source>Choose the value to keep wherever the two dossiers differ. Nothing else is lost: history, phones, emails, addresses, family and tags of both are kept.</source>
        <translation>兩份檔案不一致的地方，請選擇要保留的值。其餘內容都不會遺失：兩位客戶的歷史記錄、電話、電子郵件、地址、家庭成員和標籤都會保留。</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>左右互換</translation>
    </message>
    <message>
        <source>Keep the other client instead</source>
        <translation>改為保留另一位客戶</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Merge in, then to Trash</source>
        <translation>併入，然後移到回收桶</translation>
    </message>
    <message>
        <source>The two dossiers agree on every field.</source>
        <translation>兩份檔案的所有欄位都一致。</translation>
    </message>
    <message>
        <source>Use all values</source>
        <translation>全部選這邊</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Moves to {keep}: {items}</source>
        <translation>移到 {keep}：{items}</translation>
    </message>
    <message>
        <source>Added to {keep}: {items}</source>
        <translation>新增到 {keep}：{items}</translation>
    </message>
    <message>
        <source>{other} then goes to Trash, from where it can be restored.</source>
        <translation>隨後 {other} 移到回收桶，可以從那裡還原。</translation>
    </message>
    <message>
        <source>One of the two clients no longer exists; it may have been merged or moved to Trash meanwhile.</source>
        <translation>兩位客戶中有一位已不存在，可能剛被合併或移到了回收桶。</translation>
    </message>
    <message>
        <source>A client cannot be merged with itself.</source>
        <translation>不能把客戶與自己合併。</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>無法合併</translation>
    </message>
</context>
<context>
    <name>MergeUndo</name>
    <message>
        <source>Merged {other} into {keep}; {other} is in Trash.</source>
        <translation>已將 {other} 合併到 {keep}，{other} 已移至資源回收筒。</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>無法復原合併</translation>
    </message>
    <message>
        <source>One of the two clients was deleted for good; the merge cannot be undone.</source>
        <translation>兩位客戶之一已被永久刪除，無法復原這次合併。</translation>
    </message>
    <message>
        <source>Merge undone: {keep} and {other} are separate again.</source>
        <translation>已復原合併：{keep} 和 {other} 又是兩位客戶了。</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>這次合併已經復原過了。</translation>
    </message>
    <message>
        <source>{client} was merged with another client since; undo that merge first.</source>
        <translation>{client} 之後又與其他客戶合併過，請先復原那次合併。</translation>
    </message>
    <message>
        <source>{client} was changed after the merge (edited, restored from Trash or given new history); undoing the merge would lose that.</source>
        <translation>{client} 在合併之後有過變更（編輯、從資源回收筒還原或新增了紀錄），復原合併會遺失這些變更。</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>This client no longer exists; the list will refresh.</source>
        <translation>該客戶已不存在，列表將重新整理。</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>無法完成</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>跟進階段</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Appointment time; — when not agreed yet</source>
        <translation>約定時間；未約定時顯示 —</translation>
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
        <translation>跟進規則</translation>
    </message>
    <message>
        <source>These numbers plan every client&apos;s next step. Changes apply to the steps planned from now on; steps already on the calendar keep their dates.</source>
        <translation>這些數字決定每位客戶的下一步安排。修改只影響今後新安排的跟進，日曆上已有的跟進日期不變。</translation>
    </message>
    <message>
        <source>The A–D plan</source>
        <translation>A—D 計劃</translation>
    </message>
    <message>
        <source>A · first contact due within</source>
        <translation>A·初次接觸：新客戶建檔後</translation>
    </message>
    <message>
        <source> touches</source>
        <translation> 次輕觸</translation>
    </message>
    <message>
        <source>Propose C · the second meeting after</source>
        <translation>C·二次會面：B 階段聯繫滿</translation>
    </message>
    <message>
        <source>B · keep in touch</source>
        <translation>B·保持聯繫</translation>
    </message>
    <message>
        <source>D · retention</source>
        <translation>D·維繫</translation>
    </message>
    <message>
        <source>Contact every, by tier</source>
        <translation>各級別的聯繫間隔</translation>
    </message>
    <message>
        <source>Retention actions (D), used in turn</source>
        <translation>維繫舉措（D 階段，輪流使用）</translation>
    </message>
    <message>
        <source>One action per line</source>
        <translation>每行一項舉措</translation>
    </message>
    <message>
        <source>Festival greetings</source>
        <translation>節日問候</translation>
    </message>
    <message>
        <source>Greet these tiers</source>
        <translation>問候這些級別的客戶</translation>
    </message>
    <message>
        <source>On these festivals</source>
        <translation>在這些節日</translation>
    </message>
    <message>
        <source>Give at least one retention action.</source>
        <translation>請至少填寫一項維繫舉措。</translation>
    </message>
    <message>
        <source>Out of range.</source>
        <translation>超出允許的範圍。</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>列印預覽 — {title}</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未匯出</translation>
    </message>
    <message>
        <source>The PDF could not be written:
{error}</source>
        <translation>無法寫入 PDF：
{error}</translation>
    </message>
    <message>
        <source>PDF exported</source>
        <translation>PDF 已匯出</translation>
    </message>
    <message>
        <source>{pages} pages written to
{path}</source>
        <translation>已寫入 {pages} 頁：
{path}</translation>
    </message>
</context>
<context>
    <name>PrintedDossier</name>
    <message>
        <source>Client dossier · {name}</source>
        <translation>客戶檔案 · {name}</translation>
    </message>
    <message>
        <source>History (last {n})</source>
        <translation>商業記錄（最近 {n} 條）</translation>
    </message>
    <message>
        <source>Intent score over time</source>
        <translation>意願評分趨勢</translation>
    </message>
    <message>
        <source>No history recorded yet.</source>
        <translation>尚無商業記錄。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>PrintedPage</name>
    <message>
        <source>Account manager: {name}</source>
        <translation>客戶經理：{name}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>列印日期：{date}</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>第 {n} 頁 / 共 {m} 頁</translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <source>Problems raised</source>
        <translation>客戶提出的問題</translation>
    </message>
    <message>
        <source>Their plans</source>
        <translation>客戶的打算</translation>
    </message>
    <message>
        <source>Interests noticed</source>
        <translation>留意到的興趣</translation>
    </message>
    <message>
        <source>Visits: {n}</source>
        <translation>拜訪 {n} 個</translation>
    </message>
    <message>
        <source>Visit plan · {period}</source>
        <translation>拜訪計劃 · {period}</translation>
    </message>
    <message>
        <source>No visits are planned in this period.</source>
        <translation>這段時間沒有安排拜訪。</translation>
    </message>
    <message>
        <source>{name} · notes and outcome</source>
        <translation>{name} · 拜訪記錄與結果</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已見面</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>已改期</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未見到</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>No address on file</source>
        <translation>檔案中無地址</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>為何</translation>
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
        <translation>何時</translation>
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
        <translation>手動加入</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>原計劃日期</translation>
    </message>
    <message>
        <source>Last contact ({when})</source>
        <translation>上次聯繫（{when}）</translation>
    </message>
    <message>
        <source>We promised</source>
        <translation>答應的下一步</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未完成訂單</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未解決的抱怨</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>time open</source>
        <translation>時間待定</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>拜訪路線</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>積分 {n}</translation>
    </message>
    <message>
        <source>club member</source>
        <translation>俱樂部會員</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>維繫</translation>
    </message>
    <message>
        <source>Nothing on file yet: note their tastes and family this time.</source>
        <translation>檔案裡還沒有喜好記錄：這次多留心記下口味、愛好與家人。</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>turns {n}</source>
        <translation>滿 {n} 歲</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} 週年</translation>
    </message>
</context>
<context>
    <name>ProfileChangesDialog</name>
    <message>
        <source>Write answers into the dossier</source>
        <translation>將答案寫入檔案</translation>
    </message>
    <message>
        <source>These answers belong in the dossier. Untick what should stay as it is.</source>
        <translation>以下答案屬於客戶檔案內容。不想修改的項目請取消勾選。</translation>
    </message>
    <message>
        <source>Write into the dossier</source>
        <translation>寫入檔案</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暫不寫入</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>now: {old}&lt;br&gt;after: {new}</source>
        <translation>現為：{old}&lt;br&gt;改為：{new}</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Intent (scored)</source>
        <translation>意願題（計分）</translation>
    </message>
    <message>
        <source>Profile (a dossier fact)</source>
        <translation>資料題（檔案資訊）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>題目</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>新增選項</translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation>刪除選項</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>代碼：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>權重：</translation>
    </message>
    <message>
        <source>Dossier field:</source>
        <translation>寫入檔案欄位：</translation>
    </message>
    <message>
        <source>Answers (the most points is the best answer):</source>
        <translation>答案選項（分值最高者為最佳答案）：</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Intent questionnaire</source>
        <translation>意願評估問卷</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
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
        <translation>意願等級</translation>
    </message>
    <message>
        <source>High intent from score:</source>
        <translation>高意願起始分：</translation>
    </message>
    <message>
        <source>Medium intent from score:</source>
        <translation>中意願起始分：</translation>
    </message>
    <message>
        <source>Restore the shipped questions…</source>
        <translation>恢復內建問卷…</translation>
    </message>
    <message>
        <source>Edits apply to new assessments; earlier ones keep the questions they were scored with.</source>
        <translation>修改只用於新的評估；以往的評估保留其當時所用的題目。</translation>
    </message>
    <message>
        <source>intent ×{w:g}</source>
        <translation>意願 ×{w:g}</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Not saved; please fix:</source>
        <translation>未儲存，請修正：</translation>
    </message>
    <message>
        <source>Restore the shipped questions</source>
        <translation>恢復內建問卷</translation>
    </message>
    <message>
        <source>New assessments will use the questions the app ships with. Your edited versions stay stored for the assessments made with them. Continue?</source>
        <translation>新的評估將使用軟體內建的題目。您修改過的版本仍會保留，供用它做過的評估查看。是否繼續？</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <source>All time</source>
        <translation>全部時間</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 個月</translation>
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
        <translation>自訂日期</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>全部客戶</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>時間範圍：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>標籤：</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>The list cannot select exactly the clients of that bar; it shows the nearest wider set.</source>
        <translation>客戶列表無法精確篩選出該柱對應的客戶，已顯示範圍稍大的最接近結果。</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在產生報表…</translation>
    </message>
    <message>
        <source>Could not build the report: {error}</source>
        <translation>無法產生報表：{error}</translation>
    </message>
    <message>
        <source>{clients} clients · sales {sales} · churn rate {churn} · {overdue} overdue follow-ups · as of {today}</source>
        <translation>客戶 {clients} 位 · 銷售額 {sales} · 流失率 {churn} · 逾期跟進 {overdue} 項 · 截至 {today}</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>將報表儲存為 PDF</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>無法儲存：{error}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Build the report again (F5)</source>
        <translation>重新產生報表（F5）</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>匯出 PDF 報告…</translation>
    </message>
    <message>
        <source>Save every chart of the page as one PDF report</source>
        <translation>將本頁全部圖表儲存為一份 PDF 報告</translation>
    </message>
    <message>
        <source>Intent questionnaire…</source>
        <translation>意願評估問卷…</translation>
    </message>
</context>
<context>
    <name>SuggestTierDialog</name>
    <message>
        <source>Suggested tier</source>
        <translation>建議級別</translation>
    </message>
    <message>
        <source>The numbers point to &lt;b&gt;{suggested}&lt;/b&gt; (now {current}).</source>
        <translation>根據數據，建議調整為&lt;b&gt;{suggested}&lt;/b&gt;（現為{current}）。</translation>
    </message>
    <message>
        <source>The numbers agree with the current tier, &lt;b&gt;{current}&lt;/b&gt;.</source>
        <translation>數據與目前級別&lt;b&gt;{current}&lt;/b&gt;相符。</translation>
    </message>
    <message>
        <source>{points} points in all</source>
        <translation>合計 {points} 分</translation>
    </message>
    <message>
        <source>6–7 points strategic, 4–5 loyal, 2–3 close, fewer loose.</source>
        <translation>6–7 分為戰略級，4–5 分為死黨級，2–3 分為緊密型，更低為鬆散型。</translation>
    </message>
    <message>
        <source>Set tier to {tier}</source>
        <translation>設為{tier}</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
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
        <translation>推遲：1、3 或 7 天後再提醒</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>跳過…</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>打開檔案</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>記錄聯繫</translation>
    </message>
    <message>
        <source>Log greeting</source>
        <translation>記錄問候</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>turning {n}</source>
        <translation>滿 {n} 歲</translation>
    </message>
    <message>
        <source>year of the {animal}</source>
        <translation>屬{animal}</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} 週年</translation>
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
        <translation>問候 {n} 位客戶：{tiers}</translation>
    </message>
    <message>
        <source>… and {n} more in the Follow-ups calendar</source>
        <translation>……另有 {n} 項，請在跟進日曆中查看</translation>
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
        <translation>未來 {n} 天</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries</source>
        <translation>生日與紀念日</translation>
    </message>
    <message>
        <source>Festival greetings</source>
        <translation>節日問候</translation>
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
        <translation>逾期 {overdue} · 今天 {due} · 未來 {upcoming}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <source>Show in calendar</source>
        <translation>在日曆中查看</translation>
    </message>
    <message>
        <source>Nothing due. A good day to call a client you have not seen for a while.</source>
        <translation>沒有到期的跟進。正好給許久未見的客戶打個電話。</translation>
    </message>
    <message>
        <source>No birthdays, anniversaries or festivals in the next {n} days.</source>
        <translation>未來 {n} 天沒有生日、紀念日或節日。</translation>
    </message>
    <message>
        <source>Contact logged. No next step.</source>
        <translation>已記錄聯繫。沒有下一步。</translation>
    </message>
    <message>
        <source>Contact logged. Next: {step}, {date}.</source>
        <translation>已記錄聯繫。下一步：{step}，{date}。</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Delete permanently</source>
        <translation>永久刪除</translation>
    </message>
    <message>
        <source>Empty the Trash? All {count} clients in it will be deleted.</source>
        <translation>清空資源回收筒？其中全部 {count} 位客戶都將被刪除。</translation>
    </message>
    <message>
        <source>Delete this client permanently?</source>
        <translation>永久刪除這位客戶？</translation>
    </message>
    <message>
        <source>Delete {count} clients permanently?</source>
        <translation>永久刪除這 {count} 位客戶？</translation>
    </message>
    <message>
        <source>Their whole history goes with them. This cannot be undone.</source>
        <translation>他們的全部往來紀錄將一併刪除，且無法復原。</translation>
    </message>
    <message>
        <source>Restored 1 client with its history.</source>
        <translation>已還原 1 位客戶及其全部紀錄。</translation>
    </message>
    <message>
        <source>Restored {count} clients with their history.</source>
        <translation>已還原 {count} 位客戶及其全部紀錄。</translation>
    </message>
    <message>
        <source>{count} in Trash</source>
        <translation>資源回收筒中共 {count} 位</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Put back with the whole history</source>
        <translation>連同全部紀錄一起還原</translation>
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation>永久刪除…</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>清空資源回收筒…</translation>
    </message>
    <message>
        <source>The Trash is empty. Clients you delete wait here until you purge them.</source>
        <translation>資源回收筒是空的。刪除的客戶會留在這裡，直到您永久刪除。</translation>
    </message>
</context>
<context>
    <name>VisitPlanDialog</name>
    <message>
        <source>Print visit plan</source>
        <translation>列印拜訪計劃</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>時間範圍：</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>排列：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>紙張：</translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation>客戶經理：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>按週</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期範圍</translation>
    </message>
    <message>
        <source>By day and time</source>
        <translation>按日期和時間</translation>
    </message>
    <message>
        <source>By area (city, district, street)</source>
        <translation>按區域（城市、區縣、街道）</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>按列表順序</translation>
    </message>
    <message>
        <source>Add client…</source>
        <translation>新增客戶…</translation>
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
        <translation>重新載入跟進</translation>
    </message>
    <message>
        <source>Start again from the follow-ups due in the period</source>
        <translation>重新從這段時間內到期的跟進開始</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>預覽並列印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Name, pinyin, phone or company:</source>
        <translation>姓名、拼音、電話或公司：</translation>
    </message>
    <message>
        <source>No client matches “{text}”.</source>
        <translation>沒有客戶符合「{text}」。</translation>
    </message>
    <message>
        <source>Which client?</source>
        <translation>選擇哪位客戶？</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Rapport could not finish opening: {error}</source>
        <translation>客情簿未能完成啟動：{error}</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>刪除檢視</translation>
    </message>
    <message>
        <source>&amp;New Client…</source>
        <translation>新增客戶(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find Client</source>
        <translation>尋找客戶(&amp;F)</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>尋找重複客戶(&amp;D)…</translation>
    </message>
</context>
</TS>
