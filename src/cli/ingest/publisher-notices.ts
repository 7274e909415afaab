/**
 * The publisher's notices in a page's footer and boxes, each told alone by
 * what it says (junk-rules.ts lists these among its own): an appeal for the
 * readers' money ("we have a small favour to ask", "please consider
 * supporting us"), a registration ("Mass media registration certificate: …",
 * "a registered charity in England and Wales"), a press-regulation notice
 * ("subject to a self-regulation regime under the … Editorial Code of
 * Practice"), a think tank's disclaimer ("does not take collective
 * positions"), a copyright notice inside a longer line ("Markets data
 * delayed … © THE FINANCIAL TIMES LTD 2022. … are trademarks …") and what a
 * sign-up form does with the address ("We will store your email address …"),
 * its messages and consent box ("Thank you for registering!", "I would like to
 * be emailed about offers …"), the terms of reuse ("Full or partial use of the
 * materials is allowed only with a hyperlink …") and a comments box's
 * invitation ("Join thought-provoking conversations …"), the publisher's
 * address and telephone, an Australian publisher's acknowledgement of Country, a reprint notice
 * ("This copy is for your personal, non-commercial use only …"), a think tank's donor disclosure and its
 * description of itself ("… is a nonprofit organization based in …. Our mission is …"), its call for
 * contributors ("Send a short pitch to …").
 * Sentences of these kinds are no analysis's; none quotes anyone.
 */
import { words, type JunkRule } from './junk-rule.ts';

const QUOTED = /[“”"«»„]/u;
/** A notice is at most this many words. */
const NOTICE_WORDS = 80;

/** The readers asked for money, or told who pays: "a small favour to ask", "power us financially", "no shareholders and no billionaire owner". */
const FUNDING_APPEAL =
  /\b(?:(?:a |one )?(?:small )?favou?r to ask|(?:please )?consider supporting us|support us (?:just once|once|every month|monthly|today|with)|power us financially|no shareholders and no (?:billionaire )?owners?|(?:no|without) (?:a )?billionaire owners?|funded by (?:our )?readers|(?:quality|independent|good) journalism (?:is|has never been) (?:more |as )?(?:crucial|important|essential|vital|needed)|reader[- ](?:funded|supported)|members get exclusive|exists thanks to (?:its|our) readers|help us keep reporting|help fund (?:our |\p{Lu}\S*\s+)?(?:journalism|reporting|work)|(?:is(?:n[’']t| not)|would(?:n[’']t| not) be) possible without (?:your|our readers[’']) support|we do not take money from (?:governments|the state|oligarchs)|soutenez-nous|поддержите нас)\b/iu;

/** A call for contributors: "Have an idea for a Commentary you’d like to write for us? Send a short pitch to …", "Submission guidelines". */
const CONTRIBUTOR_CALL = /\b(?:write for us|send (?:us )?(?:a |your )?(?:short )?pitch(?:es)?\b|pitch (?:us|your idea)|(?:full )?guidelines for contributors|submission guidelines|we welcome (?:submissions|pitches|contributions))/iu;

/** An affiliate disclosure: "TIME may receive compensation for some links to products and services on this website." */
const AFFILIATE = /\bmay (?:receive|earn) (?:a )?(?:compensation|commission)\b.{0,40}\blinks?\b|\bwe (?:may )?earn (?:a )?commission\b/iu;

/** A publisher's registration: a mass-media certificate, a charity's or a company's number. */
const REGISTRATION =
  /\b(?:mass media (?:registration )?certificate|media outlet registration|registered charity|company limited by guarantee|registered (?:in|with) (?:England|Scotland|Companies House)|company (?:registration )?(?:no|number)\b|свидетельство о регистрации|зарегистрировано (?:федеральной|роскомнадзором)|Эл № ФС)/iu;

/** A press regulator or code the publisher answers to. */
const REGULATION = /\b(?:self-regulation regime|editorial code of practice|regulated by (?:IPSO|IMPRESS|the Independent Press Standards Organisation)|(?:member|members) of the Independent Press Standards Organisation)\b/iu;

/** A think tank's line on whose views its pages give: "does not take collective positions", "only represent the views of their individual authors". */
const NO_POSITIONS = /\b(?:does not take (?:collective|institutional|corporate) positions|(?:only )?represent(?:s)? (?:only )?the views of (?:their|its|the) (?:individual )?authors?)\b/iu;

/** The copyright sign with a year and a company's mark, inside a longer notice. */
const COPYRIGHT = /©\s*(?:\p{Lu}[\p{Lu}\p{Ll}\s.&'’-]{1,60}\s)?[12]\d{3}\b|©\s*[12]\d{3}\b/u;
const COMPANY_MARK = /\b(?:trademarks?|all rights reserved|ltd|limited|inc|llc|plc|gmbh)\b/iu;

/** What a sign-up form does with the address: "We will store your email address …", "You can unsubscribe … at any time". */
const SIGN_UP_TERMS = /\bwe (?:will|may) (?:store|use|process|keep) your (?:e-?mail(?: address)?|personal data|data)\b|\byou can unsubscribe\b|\b(?:this site|this form|the form) is protected by recaptcha\b/iu;

/** The terms for reusing the publisher's text: "Full or partial use of the materials is allowed only with a hyperlink to …", "Reproduction … without permission is prohibited". */
const REUSE_TERMS = /\b(?:when using (?:the )?materials\b.{0,60}\b(?:hyper)?link\b.{0,40}\b(?:obligatory|required|mandatory)|may not be (?:re)?published, broadcast, rewritten,? or redistributed|(?:full or partial|any) (?:use|reproduction|copying|reprinting) of (?:the |these |our )?(?:materials?|content|articles?)|(?:reproduction|republication|reprinting|copying) (?:of (?:the |these |our |this )?(?:materials?|content|articles?) )?(?:without (?:\p{Ll}+ )?permission )?(?:is )?(?:(?:strictly )?prohibited|not (?:allowed|permitted)|(?:allowed|permitted) only)|(?:allowed|permitted) only with (?:a )?(?:hyper)?link to)\b/iu;

/** A sign-up form's messages and consent box: "Thank you for registering!", "An account was already registered with this email", "I would like to be emailed about offers …". */
const FORM_MESSAGE = /^(?:thank(?:s| you) for (?:registering|signing up|subscribing)\b|(?:an )?account (?:was|has) already (?:been )?registered\b|please check your (?:inbox|e-?mail)\b|i would like to (?:be emailed|receive e-?mails?)\b|i(?:['’]d| would) like to receive\b|(?:you(?:['’]re| are) (?:now )?subscribed|you have (?:successfully )?subscribed)\b)/iu;

/** A comments box's invitation: "Join thought-provoking conversations, follow other … readers …", "Join the conversation", "Have your say". */
const COMMENTS_PROMPT = /^(?:join (?:the )?(?:thought-provoking )?(?:conversations?|discussion|debate)\b|have your say\b|be the first to comment\b|share your thoughts\b|comments are subject to (?:our|the) (?:community )?(?:guidelines|rules|moderation)\b)|\?\s+join the (?:conversation|discussion|debate) below\.?$|\b(?:has|have) (?:removed|closed|disabled|turned off) (?:its|our|the) comments? (?:section|sections|feature)\b/iu;

/** The publisher's address and numbers: "31 Bligh Street", "Sydney NSW 2000", "Tel: +61 2 8238 9000", "… 1625 K STREET, NW SUITE 900 WASHINGTON DC 20006 | 202-628-8500 TEL". */
const STREET = /^\d{1,5}\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Place|Square|Drive|Terrace|Way)\.?(?:\s+(?:East|West|North|South))?(?:,\s+(?:Suite|Floor|Unit)\s+\d+)?(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*){0,3}(?:,?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d)?$/u;
const TOWN_AND_POSTCODE = /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2},?\s+\p{Lu}{2,3}\s+\d{4,5}$/u;
const PHONE = /^(?:tel(?:ephone)?|phone|fax|t|f)\.?\s*:?\s*\+?\d[\d\s().-]{6,20}$|\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\s*(?:TEL|FAX)\b/iu;
/** An Australian publisher's acknowledgement of Country: "… acknowledges the Traditional Custodians of Country …". */
const COUNTRY_ACKNOWLEDGEMENT = /\backnowledges?\b.{0,120}\bTraditional (?:Custodians|Owners)\b/iu;

/** A reprint notice above the masthead: "This copy is for your personal, non-commercial use only. … Subscriber Agreement …". */
const REPRINT_NOTICE = /\b(?:for your personal,? non-commercial use only|order (?:presentation-ready|multiple) copies|djreprints\.com|governed by our Subscriber Agreement)/iu;
/** A think tank's word on who funds it and whose views a piece gives: "X and Y are general, unrestricted donors to …", "… solely those of the authors and not influenced by any donation". */
const DONOR_DISCLOSURE = /\b(?:(?:general,? )?unrestricted donors? to|not influenced by any donation|(?:are|is) solely those of the authors?(?: and)? not)/iu;
/** An institution's own description in its footer: "The X Institution is a nonprofit organization based in …. Our mission is to …", "The Eurasia Center’s mission is to …", "X is a 501(C)(3) nonprofit registered …". */
const ABOUT_US = /\bis an? (?:independent,? )?(?:nonprofit|non-profit|not-for-profit|nonpartisan|non-partisan) (?:organi[sz]ation|research (?:organi[sz]ation|institution|center|centre)|think tank|public policy organi[sz]ation)\b.*\bOur mission is\b|^(?:Our|The (?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Center|Centre|Institute|Institution|Program|Programme|Council|Foundation)['’]s) mission is to\b|\bis an? 501\s*\([cC]\)\s*\(3\)\s+(?:nonprofit|non-profit|organi[sz]ation|charity)\b/u;

const notice = (l: string) => words(l) <= NOTICE_WORDS && !QUOTED.test(l);

export const publisherNoticeRules: readonly JunkRule[] = [
  { name: 'appeal for the readers’ support (the publisher’s)', test: (l) => FUNDING_APPEAL.test(l) && notice(l) },
  { name: 'call for contributors (the publisher’s)', test: (l) => CONTRIBUTOR_CALL.test(l) && notice(l) },
  { name: 'affiliate disclosure (the publisher’s)', test: (l) => AFFILIATE.test(l) && notice(l) },
  { name: 'registration notice (the publisher’s)', test: (l) => REGISTRATION.test(l) && notice(l) },
  { name: 'press-regulation notice', test: (l) => REGULATION.test(l) && notice(l) },
  { name: 'disclaimer (the publisher takes no positions)', test: (l) => NO_POSITIONS.test(l) && notice(l) },
  { name: 'copyright notice', test: (l) => COPYRIGHT.test(l) && COMPANY_MARK.test(l) && words(l) <= 40 && !QUOTED.test(l) },
  { name: 'sign-up form (what is done with the address)', test: (l) => SIGN_UP_TERMS.test(l) && notice(l) },
  { name: 'terms of reuse (the publisher’s)', test: (l) => REUSE_TERMS.test(l) && words(l) <= NOTICE_WORDS && !QUOTED.test(l) },
  { name: 'sign-up form (its messages and consent)', test: (l) => FORM_MESSAGE.test(l) && words(l) <= 30 && !QUOTED.test(l) },
  // (More than a box's heading, "Join the Conversation", which page-boxes.ts reads with the box under it.)
  { name: 'postal address or telephone (the publisher’s)', test: (l) => STREET.test(l) || TOWN_AND_POSTCODE.test(l) || (PHONE.test(l) && words(l) <= 30 && !QUOTED.test(l)) },
  // (Or its parts between bars: "Human Rights Watch | 350 Fifth Avenue, 34th Floor | New York, NY 10118-3299 USA | t 1.212.290.4700".)
  { name: 'postal address or telephone (the publisher’s)', test: (l) => { const parts = l.split(/\s+[|·]\s+/u); return parts.length >= 3 && parts.some((p) => PHONE.test(p) || /\b\p{Lu}{2}\s+\d{5}(?:-\d{4})?\b/u.test(p)) && words(l) <= 30 && !QUOTED.test(l); } },
  { name: 'acknowledgement of Country (the publisher’s)', test: (l) => COUNTRY_ACKNOWLEDGEMENT.test(l) && notice(l) },
  { name: 'reprint notice (the publisher’s)', test: (l) => REPRINT_NOTICE.test(l) && notice(l) },
  { name: 'donor disclosure (the publisher’s)', test: (l) => DONOR_DISCLOSURE.test(l) && notice(l) },
  { name: 'the publisher’s description of itself', test: (l) => ABOUT_US.test(l) && notice(l) },
  { name: 'comments prompt', test: (l) => COMMENTS_PROMPT.test(l) && (words(l) > 3 || /^share your thoughts$/iu.test(l)) && words(l) <= 20 && !QUOTED.test(l) },
];
