/** The verbs that say an event happened, shared by the context readers and the date builders (a generic list). */

/** Verbs that open an event phrase only when its subject was left out. */
export const SUBJECTLESS = /^(?:创|再|又|也|还|已|就|均|都|将|正|曾|首次|首先|进一步|正式|相比|比|同比|累计|共|总计|约|近|超|逾|决定|宣布|提出|签署|发表|建立|成立|开始|达到|启动|实现|开通|举行|召开|访问|出席|通过|发布|增长|超过|同比|提升|升级|加入|完成|上升|下降|共同|相继|分别|先后|全面|投入|交存|随后|继而|开港|移交|奠基|续签|交付|通车|建成)/u;

/** An event phrase names something that happened: it has one of these verbs (a generic list). */
export const EVENT_VERB =
  /印发|征收|到达|签署|签订|缔结|建立|举行|举办|主办|提出|发表|发布|访问|访华|出访|成立|设立|组建|创建|宣布|召开|启动|开通|通过|批准|生效|加入|实现|达到|出席|会晤|会见|会谈|建交|开幕|落成|投产|开工|竣工|提升|升级|独立|解体|上映|开设|开放|开展|推出|当选|就任|决定|确定|确立|形成|开启|恢复|完成|突破|增长|超过|运营|开行|抵达|启用|揭牌|达成|发起|参加|提议|明确|同意|承认|爆发|撤军|签约|演讲|讲话|纳入|列入|入选|收购|完工|通电话|实行|试行|致函|致信|贯通|合龙|运抵|开港|开园|移交|奠基|续签|交付|发射|获准|获批|通车|建成|开站|成为[^，。；]{0,24}?(?:成员国|成员|观察员国|观察员|对话伙伴|伙伴国)|(?:达|回升至|增至|增长至|降至|回落至)(?=[约近超逾]?\d)/u;

/** A statistic reached ("贸易额达1262亿美元", "游客回升至约670万人次"): an event only for a subject that names its party. */
export const STATISTIC_VERB = /(?:达|回升至|增至|增长至|降至|回落至)(?=[约近超逾]?\d)/u;
