import type { Catalogue } from '../../components/core/locale.js';

/** The /embed/ page and the partner guide: words for webmasters at partner agencies. */
const zh = {
  'embed.title': '把小工具放到您的网站上',
  'embed.description':
    '法院、仲裁委、妇联、工会等单位：复制两行代码，就能在自己的网站上放“能不能申请法律援助”、工作站地图、常见问题和工作数据。',
  'embed.lead': '复制两行代码，贴到您网站的页面里就能用。不用 Cookie，不记录访问者的任何信息，严格的内容安全策略（CSP）下也能用。',
  'embed.none': '小工具正在准备中，准备好后会出现在这里。',
  'embed.pick.heading': '选一个小工具，看效果，复制代码',
  'embed.pick.widget': '小工具',
  'embed.pick.lang': '显示语言',
  'embed.pick.lang.zh': '中文',
  'embed.pick.lang.en': '英文',
  'embed.pick.largeText': '大字模式（适合老年人）',
  'embed.pick.theme': '用示例配色（深红色）',
  'embed.pick.options': '这个小工具的设置',
  'embed.pick.preview': '效果预览',
  'embed.pick.show': '显示效果预览',
  'embed.pick.showHint': '预览要下载这个小工具的文件，所以等您选了小工具或按下按钮才下载。',
  'embed.previewFailed': '预览没能打开，请检查网络后再试。上面的代码照样可以复制使用。',
  'embed.pick.code': '要复制的代码',
  'embed.copy': '复制代码',
  'embed.copied': '代码已复制，可以粘贴到您的网站了。',
  'embed.copyFailed': '没能自动复制。代码已选中，请按 Ctrl+C（苹果电脑按 ⌘+C）复制。',
  'embed.all.heading': '每个小工具的代码',
  'embed.all.lead': '下面是每个小工具的默认代码，直接复制也可以。',
  'embed.pinned':
    '代码里写明了版本号 {version} 和加载程序的完整性校验值（integrity）：加载程序被改动时，浏览器会拒绝运行。加载程序再从同一个版本的文件夹读取小工具的其他文件，这个文件夹发布后不再改动。',
  'embed.more.heading': '更多说明',
  'embed.more.guide': '合作单位接入指南：内容管理系统、React、Vue、Astro，自己存放数据，调整配色',
  'embed.more.storybook': '组件样例库（Storybook，英文）',
  'guide.title': '合作单位接入指南',
  'guide.description': '在内容管理系统、React、Vue、Astro 中放入法律援助小工具，自己存放数据，调整配色。',
  'guide.lead': '给合作单位网站管理员看的说明。每一节都可以单独看。',
  'guide.cms.heading': '在内容管理系统（CMS）里用',
  'guide.cms.text': '在页面的“源代码”或“HTML”模式里贴入下面两行。第一行只需要放一次，同一页上可以放多个小工具。',
  'guide.cms.direct': '也可以不用自动加载，直接引入一个小工具的文件（下载更少）：',
  'guide.cms.csp': '如果您的网站设置了内容安全策略（CSP），请加上本站地址：',
  'guide.cms.host': '自己托管这些文件时，/cdn/ 和 /data/ 都要带上响应头 Access-Control-Allow-Origin: *。',
  'guide.npm.heading': '用 npm 安装',
  'guide.npm.text': '每个小工具可以单独引入，不会把其他小工具一起打包进来。只引入类、不注册标签：从包的根入口引入。',
  'guide.react.heading': '在 React 19 里用',
  'guide.react.text': 'React 19 直接支持网页组件。引入一次类型声明，JSX 里就有属性和事件的提示。事件写成 onla-事件名。',
  'guide.react.hyphen':
    '注意：TypeScript 不检查带连字符的属性名（如 large-text、map-href）：写错了也不报错，请对照下面的属性表。不带连字符的（如 region、data、timeout）会检查。',
  'guide.vue.heading': '在 Vue 里用',
  'guide.vue.text': '告诉 Vue 以 la- 开头的标签是网页组件；对象数据用 .prop 传入。',
  'guide.astro.heading': '在 Astro 里用',
  'guide.astro.text': '在页面里先写出服务器生成的内容，再用 script 引入小工具，没有 JavaScript 的手机也能看到内容。',
  'guide.data.heading': '自己存放数据',
  'guide.data.text':
    '把本站 /data/ 下的 JSON 文件复制到您的服务器，在 src 里写您的地址。也可以把数据直接写在标签里，或用 data 属性传入。数据格式不对时，小工具会说明原因并显示 12348 热线，不会空白。',
  'guide.theme.heading': '调整配色和字号',
  'guide.theme.text': '在您的样式表里给小工具设置下面的 --la-* 变量。文字颜色要和底色有足够对比度（至少 4.5:1）。',
  'guide.theme.property': '变量',
  'guide.theme.default': '默认值',
  'guide.theme.meaning': '作用',
  'guide.parts.heading': '可以单独调整样式的部分（::part）',
  'guide.parts.text': '用 ::part() 可以改小工具里的这些部分：',
  'guide.parts.widget': '小工具',
  'guide.parts.part': '部分',
  'guide.example.heading': '示例配色',
  'guide.example.text': '一份完整的示例配色文件：',
  'guide.largeText.heading': '大字模式（适老化）',
  'guide.largeText.text': '给标签加 large-text 属性，或在页面上设置 --la-text-scale: 1.3，文字和按钮都会变大。',
  'guide.lang.heading': '语言',
  'guide.lang.text': '小工具跟随最近的 lang 属性：lang="zh-CN" 显示中文（默认），lang="en" 显示英文。',
  'guide.versions.heading': '版本和更新',
  'guide.versions.text':
    '版本号按语义化版本规则：第一位变了说明有不兼容的改动，请先看更新说明再升级。代码里的版本号固定不变，升级时换成新版本的代码即可。',
  'embed.fallback.hotline': '法律援助热线',
  'embed.fallback.page': '在司法局网站上看',
};

export const embedStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'embed.title': 'Put the widgets on your website',
    'embed.description':
      'Courts, arbitration commissions, women’s federations and unions: paste two lines to show the legal-aid check, the workstation map, the FAQ and the figures on your own site.',
    'embed.lead':
      'Copy two lines and paste them into a page of your website. No cookies, nothing about visitors is recorded, and it works under a strict Content-Security-Policy.',
    'embed.none': 'The widgets are being prepared; they will appear here when ready.',
    'embed.pick.heading': 'Pick a widget, see it live, copy the code',
    'embed.pick.widget': 'Widget',
    'embed.pick.lang': 'Language',
    'embed.pick.lang.zh': 'Chinese',
    'embed.pick.lang.en': 'English',
    'embed.pick.largeText': 'Large text (for older readers)',
    'embed.pick.theme': 'Use the example colours (dark red)',
    'embed.pick.options': 'Settings for this widget',
    'embed.pick.preview': 'Live preview',
    'embed.pick.show': 'Show the live preview',
    'embed.pick.showHint': 'The preview downloads the widget’s file, so it waits until you pick a widget or press the button.',
    'embed.previewFailed': 'The preview could not open; check the connection and try again. The code above can still be copied and used.',
    'embed.pick.code': 'Code to copy',
    'embed.copy': 'Copy the code',
    'embed.copied': 'Copied. You can paste it into your website now.',
    'embed.copyFailed': 'Could not copy automatically. The code is selected: press Ctrl+C (⌘+C on a Mac).',
    'embed.all.heading': 'The code for each widget',
    'embed.all.lead': 'The default code for every widget; you can copy it as it is.',
    'embed.pinned':
      'The code names version {version} and carries the integrity hash of the loader: if the loader were ever changed, the browser would refuse to run it. The loader then reads the widget’s other files from the same version’s folder, which never changes once published.',
    'embed.more.heading': 'More',
    'embed.more.guide': 'Partner guide: content management systems, React, Vue, Astro, hosting the data yourself, colours',
    'embed.more.storybook': 'Component gallery (Storybook)',
    'guide.title': 'Partner guide',
    'guide.description': 'Put the legal-aid widgets into a CMS, React, Vue or Astro; host the data yourself; change the colours.',
    'guide.lead': 'For the webmasters of partner agencies. Each section stands on its own.',
    'guide.cms.heading': 'In a content management system (CMS)',
    'guide.cms.text':
      'Paste these two lines in the page’s “source” or “HTML” mode. The first line is needed once per page, however many widgets the page holds.',
    'guide.cms.direct': 'Or, without the autoloader, load one widget’s file directly (a little less to download):',
    'guide.cms.csp': 'If your site sends a Content-Security-Policy, add this site’s address:',
    'guide.cms.host': 'If you host these files yourself, serve /cdn/ and /data/ with the header Access-Control-Allow-Origin: *.',
    'guide.npm.heading': 'Installing from npm',
    'guide.npm.text':
      'Each widget has its own entry, so importing one never bundles the others. For the classes without registering any tag, import the package root.',
    'guide.react.heading': 'In React 19',
    'guide.react.text':
      'React 19 supports web components directly. Import the type declarations once and JSX knows every property and event. Events are written on + the event name.',
    'guide.react.hyphen':
      'Note: TypeScript does not check attribute names with a hyphen (large-text, map-href): a misspelt one passes without an error, so compare with the attribute table below. Names without a hyphen (region, data, timeout) are checked.',
    'guide.vue.heading': 'In Vue',
    'guide.vue.text': 'Tell Vue that tags starting with la- are web components; pass object data with .prop.',
    'guide.astro.heading': 'In Astro',
    'guide.astro.text':
      'Render the content on the server first, then load the widget with a script, so phones without JavaScript still see the content.',
    'guide.data.heading': 'Hosting the data yourself',
    'guide.data.text':
      'Copy the JSON files under this site’s /data/ to your server and put your address in src. You can also write the data inside the tag or pass it in the data property. When the data is wrong the widget says why and shows the 12348 hotline; it never stays blank.',
    'guide.theme.heading': 'Colours and sizes',
    'guide.theme.text':
      'Set these --la-* properties on the widgets in your own stylesheet. Keep enough contrast between text and background (at least 4.5:1).',
    'guide.theme.property': 'Property',
    'guide.theme.default': 'Default',
    'guide.theme.meaning': 'What it changes',
    'guide.parts.heading': 'Parts you can style (::part)',
    'guide.parts.text': 'With ::part() you can restyle these pieces inside the widgets:',
    'guide.parts.widget': 'Widget',
    'guide.parts.part': 'Part',
    'guide.example.heading': 'Example theme',
    'guide.example.text': 'A complete example theme file:',
    'guide.largeText.heading': 'Large text (适老化)',
    'guide.largeText.text': 'Add the large-text attribute to a tag, or set --la-text-scale: 1.3 on the page: text and buttons grow.',
    'guide.lang.heading': 'Language',
    'guide.lang.text': 'Widgets follow the nearest lang attribute: lang="zh-CN" for Chinese (the default), lang="en" for English.',
    'guide.versions.heading': 'Versions and updates',
    'guide.versions.text':
      'Versions follow semantic versioning: when the first number changes, something works differently; read the changelog before upgrading. The version in your code never changes by itself: to upgrade, paste the code of the new version.',
    'embed.fallback.hotline': 'Legal aid hotline',
    'embed.fallback.page': "See it on the justice bureau's website",
  },
};

/** Plain names for the widgets a partner picks from, in the picker's order; a widget not listed shows its tag
 * and summary, after these. */
export const widgetNames: Record<string, { 'zh-CN': string; en: string }> = {
  'la-eligibility-checker': { 'zh-CN': '能不能申请法律援助（自测）', en: 'Can I get legal aid? (self-check)' },
  'la-workstation-map': { 'zh-CN': '法律援助工作站地图和名单', en: 'Legal-aid workstations: map and list' },
  'la-rights-faq': { 'zh-CN': '常见问题和我的权利', en: 'Questions and your rights' },
  'la-case-file': { 'zh-CN': '准备申请材料（算钱、填表）', en: 'Prepare the papers (the amounts and the forms)' },
  'la-work-log': { 'zh-CN': '记工本（每天干了活记一下）', en: 'Work-day log (a tap for each day worked)' },
  'la-stat-group': { 'zh-CN': '一组工作数据', en: 'A group of our figures' },
  'la-stat': { 'zh-CN': '一个工作数据', en: 'One of our figures' },
  'la-stat-chart': { 'zh-CN': '工作数据图表', en: 'Chart of our figures' },
};

/**
 * What each widget setting does, by attribute name, for the /embed/ picker. A setting missing here shows its
 * name only (never the English text from the component docs on the Chinese page); the embed page test fails
 * until it is described.
 */
export const optionDescriptions: Record<string, { 'zh-CN': string; en: string }> = {
  src: { 'zh-CN': '数据文件（JSON）的地址。', en: 'Address of the data file (JSON).' },
  timeout: {
    'zh-CN': '最多等数据多少毫秒（默认 10000，即 10 秒）。',
    en: 'How long to wait for the data, in milliseconds (default 10000, 10 seconds).',
  },
  region: {
    'zh-CN': '受理机构所在地区的代码（国家标准 GB/T 2260，例如 442000）。不认识的代码按全国规定判断。',
    en: 'Code of the region of the accepting agency (national standard GB/T 2260, e.g. 442000). An unknown code uses the national rules.',
  },
  today: {
    'zh-CN': '按哪一天来判断（年-月-日）。不填就用手机上的日期。',
    en: 'The day to judge by (year-month-day). Leave empty to use the phone’s date.',
  },
  'workstations-src': {
    'zh-CN': '工作站数据文件（JSON）的地址。结果里会写出最近的、办这类事的工作站。',
    en: 'Address of the workstation data file (JSON); the result names the nearest workstation that handles the matter.',
  },
  'share-href': {
    'zh-CN': '自测页面的短地址，打印结果时和二维码一起印出来。',
    en: 'Short address of the self-check page, printed with its QR code on the result.',
  },
  'quick-exit-href': {
    'zh-CN':
      '「快速离开」按钮去的网址（只收 http 或 https 开头的完整网址，其他一律去一个普通网站）。按下后清除回答，马上离开本页。家暴求助的页面建议设置。',
    en: 'Where the quick-exit button goes: a full http(s) address only; anything else goes to a neutral site. It clears the answers and leaves the page at once. Set it on pages for people facing domestic violence.',
  },
  'map-href': {
    'zh-CN': '工作站地图页面的地址，结果和回答会链接过去。',
    en: 'Address of the workstation map page; results and answers link to it.',
  },
  'papers-href': {
    'zh-CN': '填申请材料页面的地址。欠工资和工伤的结果会有「准备申请材料」按钮，回答只在本手机上带过去。',
    en: 'Address of the papers page. For unpaid wages and injuries the result offers “prepare the papers”; the answers go over on this phone only.',
  },
  'check-href': {
    'zh-CN': '自测页面（能不能申请法律援助）的地址，每个回答都会链接过去。',
    en: 'Address of the self-check page (can I get legal aid); every answer links to it.',
  },
  'page-href': {
    'zh-CN': '单个问答页面地址的开头，复制链接时用。不填就用本页地址加 #编号。',
    en: 'Start of the address of the one-answer pages, used for copied links. Leave empty to use this page with #number.',
  },
  type: {
    'zh-CN': '图表样式：bar 是柱状图，line 是折线图（只适合按月的数据）。',
    en: 'Chart style: bar for bars, line for a line (only for figures by month).',
  },
  series: { 'zh-CN': '画哪些数据（编号，用逗号分开）。', en: 'Which figures to draw (their ids, separated by commas).' },
  interactive: {
    'zh-CN': '加一个按钮，点了才下载可以互动的图表。',
    en: 'Adds a button that downloads the interactive chart only when pressed.',
  },
  indicators: {
    'zh-CN': '只显示这些数据，按这个顺序（编号，用逗号分开）。不填就全部显示。',
    en: 'Show only these figures, in this order (their ids, separated by commas). Leave empty for all of them.',
  },
  indicator: { 'zh-CN': '显示哪一个数据（编号）。', en: 'Which figure to show (its id).' },
  'count-up': {
    'zh-CN': '数字第一次出现时从零数到实际数（设置了减少动画时不数；读屏软件只读最终数字）。',
    en: 'Counts the number up when it first appears (not when reduced motion is set; screen readers hear only the final number).',
  },
  tiles: {
    'zh-CN': '地图底图：none 是简单示意图，不连接其他网站；tianditu 是天地图；amap 是高德地图；也可以填带 {z}/{x}/{y} 的网址模板。',
    en: 'Map background: none for a plain sketch with no request to another site; tianditu; amap; or a URL template with {z}/{x}/{y}.',
  },
  'tiles-key': { 'zh-CN': '天地图的密钥（key）。', en: 'Your key for Tianditu tiles.' },
  'tiles-attribution': { 'zh-CN': '底图的版权说明文字。', en: 'Copyright text for the map background.' },
  'tiles-approval': {
    'zh-CN': '底图的审图号，会显示在版权说明里。',
    en: 'The map approval number (审图号) of the background, shown with the copyright text.',
  },
  'tiles-timeout': {
    'zh-CN': '等第一块底图多少毫秒，超过就说明底图没打开。',
    en: 'How long to wait for the first piece of the background, in milliseconds, before saying it did not load.',
  },
  calendar: {
    'zh-CN': '节假日放假安排的网址，用来算“现在开门”；不填就用数据旁边的 calendar.json；none：只按周六周日算。',
    en: 'Address of the public-holiday calendar used for “open now”; by default calendar.json beside the data; none: weekends only.',
  },
  'geo-timeout': { 'zh-CN': '等手机定位多少毫秒。', en: 'How long to wait for the phone’s position, in milliseconds.' },
  'map-mode': {
    'zh-CN': 'auto：在宽屏上，地图出现在屏幕里时自动打开；manual：点了才打开。',
    en: 'auto: on a wide screen the map opens by itself once it is on screen; manual: only when asked.',
  },
  'page-size': { 'zh-CN': '先列出多少个工作站，其余的点“显示更多”。', en: 'How many workstations to list before “show more”.' },
  'ignore-url': {
    'zh-CN': '不读也不改页面地址里的筛选条件（您的网站有自己的筛选时用）。',
    en: 'Neither read nor change the filters in the page address (for sites with filters of their own).',
  },
};
