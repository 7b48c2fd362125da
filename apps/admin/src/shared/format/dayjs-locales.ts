// antd's date pickers name months and weekdays through dayjs, in the locale antd's ConfigProvider names (zh_CN →
// dayjs's zh-cn, which also starts weeks on Monday). dayjs ships with English only: load Chinese where a picker
// is shown, so the sign-in page does not pay for it.
import 'dayjs/locale/zh-cn';
