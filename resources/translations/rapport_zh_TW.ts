<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
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
        <source>Coming soon</source>
        <translation>即將推出</translation>
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
</TS>
