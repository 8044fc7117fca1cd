/**
 * What a sender claims to be, checked against what it is: a display name naming another site,
 * or a brand that phishing imitates most, sent from outside that brand's sites.
 */
import { siteOf, siteOfAddress } from './email-parse';

/** Brands phishing imitates most, by the words of a display name, and the sites they really send from. */
const BRANDS: { brand: string; name: RegExp; sites: RegExp }[] = [
  { brand: 'paypal', name: /\bpay\s?pal\b/i, sites: /^paypal\./ },
  { brand: 'amazon', name: /\bamazon\b/i, sites: /^amazon\./ },
  { brand: 'apple', name: /\b(?:apple|icloud|itunes|app store)\b/i, sites: /^(?:apple|icloud|me)\.com$/ },
  { brand: 'microsoft', name: /\b(?:microsoft|outlook|office ?365|onedrive|sharepoint)\b/i, sites: /^(?:microsoft|outlook|office|office365|live|microsoftonline|sharepoint|onmicrosoft)\.com$/ },
  { brand: 'google', name: /\b(?:google|gmail)\b/i, sites: /^google\.|^(?:gmail|googlemail|youtube)\.com$/ },
  { brand: 'netflix', name: /\bnetflix\b/i, sites: /^netflix\./ },
  { brand: 'dhl', name: /\bdhl\b/i, sites: /^dhl\.|^deutschepost\.de$/ },
  { brand: 'ups', name: /\bUPS\b/, sites: /^ups\.com$/ },
  { brand: 'fedex', name: /\bfed ?ex\b/i, sites: /^fedex\.com$/ },
  { brand: 'dpd', name: /\bdpd\b/i, sites: /^dpd\./ },
  { brand: 'norton', name: /\bnorton\b/i, sites: /^(?:norton|nortonlifelock|gen)\.com$/ },
  { brand: 'mcafee', name: /\bmcafee\b/i, sites: /^mcafee\.com$/ },
  { brand: 'geek squad', name: /\bgeek ?squad\b/i, sites: /^(?:geeksquad|bestbuy)\.com$/ },
  { brand: 'docusign', name: /\bdocu ?sign\b/i, sites: /^docusign\./ },
  { brand: 'dropbox', name: /\bdropbox\b/i, sites: /^dropbox(?:mail)?\.com$/ },
  { brand: 'facebook', name: /\b(?:facebook|instagram|whatsapp|meta business)\b/i, sites: /^(?:facebook|facebookmail|instagram|whatsapp|meta)\.com$/ },
  { brand: 'linkedin', name: /\blinkedin\b/i, sites: /^linkedin\.com$/ },
  { brand: 'coinbase', name: /\bcoinbase\b/i, sites: /^coinbase\.com$/ },
  { brand: 'binance', name: /\bbinance\b/i, sites: /^binance\./ },
  { brand: 'poste italiane', name: /\bposte ?italiane\b/i, sites: /^poste\.it$|^posteitaliane\.it$/ },
  { brand: 'la poste', name: /\b(?:la poste|colissimo)\b/i, sites: /^(?:laposte|colissimo)\.(?:fr|net)$/ },
  { brand: 'correos', name: /\bcorreos\b/i, sites: /^correos\.(?:es|com)$/ },
  { brand: 'postnl', name: /\bpostnl\b/i, sites: /^postnl\./ },
  { brand: 'royal mail', name: /\broyal ?mail\b/i, sites: /^royalmail\.com$/ },
  { brand: 'usps', name: /\busps\b/i, sites: /^usps\.com$/ },
  { brand: 'hmrc', name: /\bhmrc\b/i, sites: /^gov\.uk$/ },
];

/** Mailboxes anyone can open: a company does not send its receipts or alerts from them. */
const FREE_MAIL = /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|aol|icloud|me|mac|gmx|web|mail|yandex|proton|protonmail|zoho|libero|virgilio|alice|tiscali|orange|wanadoo|free|laposte|sfr|t-online|freenet|wp|o2|interia|onet|seznam|email|inbox|rambler|qq|163|126)\.[a-z.]+$/;

export interface BrandClaim {
  brand: string;
  /** sent from a mailbox anyone can open */
  freeMail: boolean;
}

/**
 * The site a display name carries as an address or domain when it is not the sender's
 * ("service@paypal.com" <x@mailer.example.ru>, "Amazon.de Kundenservice" <x@gmail.com>).
 */
export function namedSite(fromName: string, fromAddress: string): string | null {
  const sender = siteOfAddress(fromAddress);
  if (!sender) return null;
  const named = /(?:^|[\s<("'@])((?:[a-z0-9-]+\.)+(?:com|net|org|de|fr|es|it|nl|uk|eu|io|co|at|ch|be|se|pt|pl))(?![a-z0-9.-])/i.exec(fromName);
  if (!named) return null;
  const site = siteOf(named[1].toLowerCase());
  return site !== sender ? site : null;
}

/** The brand a display name claims when the address is not one of that brand's sites. */
export function claimedBrand(fromName: string, fromAddress: string): BrandClaim | null {
  const site = siteOfAddress(fromAddress);
  if (!site || !fromName) return null;
  const claim = BRANDS.find((b) => b.name.test(fromName));
  if (!claim || claim.sites.test(site)) return null;
  return { brand: claim.brand, freeMail: FREE_MAIL.test(site) };
}
