import type { Catalogue } from '../../components/core/locale.js';

/** The about page: who runs the site, and the privacy statement. */
const zh = {
  'about.title': '关于本站',
  'about.description': '本站由司法局的法律援助中心办，帮农民工了解免费法律援助。本站不跟踪您，不用 Cookie。',
  'about.whoHeading': '谁办的网站',
  'about.who': '本站由{bureau}主办，{centre}负责内容。法律援助是政府提供的免费法律帮助：咨询、写文书、请律师代理。',
  'about.contact': '地址：{address}。电话：',
  'about.privacyHeading': '隐私说明',
  'about.privacyNothing': '本站不问您是谁，页面里也没有记录您看了什么的统计工具。',
  'about.privacyCookies': '本站不用 Cookie，不用统计工具，不连接其他网站。',
  'about.privacyChecker': '您在“能不能申请”里填的答案，只留在您的手机上，不会发给任何人。',
  'about.privacyDevice': '如果您打开“大字模式”或“高对比度”，这个选择只存在这部手机的浏览器里，方便下次打开时还是大字。再点一次就删掉了。',
  'about.privacyOffline': '为了没网时也能看，浏览器会把本站的页面存在手机上。这些页面里没有您的个人信息。',
  'about.privacyQr':
    '和所有网站一样，网站的服务器会自动记下每次打开了哪个网址、在什么时间（访问日志，里面有手机的IP地址，没有姓名和电话）。海报上的二维码只打开本站页面。我们用访问日志数每张海报每周被扫了几次：数出来的只有次数，不留IP地址，也不知道是谁扫的。',
  'about.campaignsHeading': '宣传活动和海报',
  'about.campaigns': '宣传人员可以在这里找到各个活动的海报，打印A4或A3尺寸。',
};

export const aboutStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'about.title': 'About this site',
    'about.description':
      "Run by the justice bureau's legal-aid centre to help migrant workers get free legal aid. Nothing is tracked and no cookies are used.",
    'about.whoHeading': 'Who runs this site',
    'about.who':
      '{bureau} runs this site and {centre} writes its content. Legal aid is free legal help from the government: advice, documents and a lawyer to represent you.',
    'about.contact': 'Address: {address}. Phone: ',
    'about.privacyHeading': 'Privacy',
    'about.privacyNothing': 'This site does not ask who you are, and its pages carry no analytics that record what you read.',
    'about.privacyCookies': 'This site uses no cookies, no analytics, and connects to no other website.',
    'about.privacyChecker': 'The answers you give in "Can I get legal aid?" stay on your phone. They are never sent to anyone.',
    'about.privacyDevice':
      'If you turn on large text or high contrast, that choice is stored only in the browser on this phone, so the site opens the same way next time. Turn it off and it is deleted.',
    'about.privacyOffline':
      'So that you can read it without a connection, the browser keeps copies of the site’s pages on your phone. They hold nothing about you.',
    'about.privacyQr':
      'Like every website, the server automatically notes which address was opened and when (the access log; it holds the phone’s IP address, not your name or phone number). The QR codes on posters only open pages of this site. We use the access log to count how many times each poster was scanned each week: the count keeps numbers only, no IP addresses, and cannot tell who scanned.',
    'about.campaignsHeading': 'Campaigns and posters',
    'about.campaigns': 'Outreach teams find every campaign’s posters here, ready to print at A4 or A3.',
  },
};
