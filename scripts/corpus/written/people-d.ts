/**
 * PEOPLE_D — 250 whole e-mails written by hand on 2026-11-23 by an independent
 * helper session that saw only the label list (shared/contracts/email-categories.json)
 * and the boundary descriptions in its brief, never the classifier, its features
 * or any test set.
 *
 * Focus: person-to-person boundaries (support_request vs sales_lead vs
 * meeting_request vs other vs personal) in sectors a small-business tool serves:
 * hotels and guesthouses, restaurants and event venues, dental/physio/vet
 * practices, schools and tutoring, estate agents and property managers,
 * accountants, IT service providers, marketing agencies, architects, car
 * dealers and garages, fitness studios, florists, cleaning companies, NGOs and
 * clubs. A smaller share of invoice, receipt, notification, newsletter and spam
 * keeps the label balance.
 *
 * Labels: support_request 50, sales_lead 40, meeting_request 35, other 35,
 * personal 30, invoice 12, receipt 12, notification 12, newsletter 12, spam 12.
 *
 * Languages (250): en 82, de 14, fr 13, es 12, pt 12 (pt-BR and pt-PT),
 * it 11, nl 11, pl 10, cs 9, hu 9, ro 9, sv 9, tr 9, sk 8, hr 8, no 8, fi 8,
 * el 8. Every language has at least two support_request mails.
 *
 * Mails include greetings, closings, signatures, quoted replies, forwards,
 * mobile signatures and the occasional typo, on purpose.
 */
import type { WrittenMail } from './types';

export const PEOPLE_D: WrittenMail[] = [
  // ───────────────────────── English: support_request (16) ─────────────────────────
  {
    category: 'support_request',
    language: 'en',
    subject: 'Room 214 - charged twice for parking',
    body: `Hello,

We stayed at the Harbourview from 3 to 6 October (booking ref HV-88213, under Morrison). Looking at my card statement this morning I can see the parking fee of £18 per night has been taken twice: once on the folio at checkout and again as a separate transaction on the 7th.

Could you please refund the duplicate £54? I've attached a screenshot of the statement.

Many thanks,
Claire Morrison`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'printer STILL not working',
    body: `Dave,

Your technician was here on Tuesday and said the Kyocera in reception was fixed. It has jammed 6 times today and now shows error C6000. We have 40 patient letters to send before Friday.

Please send someone back today, this is the third callout for the same fault.

Rita
Practice Manager, Elmwood Dental

Sent from my iPhone`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Re: Your booking at Casa Lumi - cancellation',
    body: `Hi there,

Following up on the message below - it's been 12 days and I still haven't seen the refund.

Regards,
Jason

> On 2 Nov, Jason Pereira wrote:
> Hi, as discussed on the phone with Marta, we have to cancel our dinner for 14 on 20 November (deposit of $280 paid on 10 Oct). You said that cancelling more than two weeks ahead means a full refund of the deposit. Can you confirm when it will be processed?
> Thanks, Jason`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Lost earring - Saturday wedding in the Orangery',
    body: `Dear events team,

I was a guest at the Whitfield–Adeyemi wedding at your venue last Saturday and lost a small gold hoop earring with a green stone, probably on the dance floor or in the ladies' cloakroom. It belonged to my grandmother so it means a lot to me.

If your cleaners found anything, I'd be so grateful if you could let me know. I'm happy to collect it or pay for postage.

Kind regards,
Funmi Okafor
07700 912 443`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Fwd: Kitchen extractor making noise again',
    body: `Hi Priya,

Forwarding this from the tenant at Flat 3, 22 Marlowe Road. Can you get the contractor back? He replaced the motor in September and it's still under the repair guarantee as far as I know.

Thanks,
Tom Hargreaves
Hargreaves Lettings

---------- Forwarded message ---------
From: Lena Fischer
Subject: Kitchen extractor making noise again

Hello Tom, the extractor fan is rattling really loudly again since last weekend, exactly like before the repair. It's hard to cook with it on. I'm home on Thursday and Friday afternoons if someone can come. Lena`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Invoice 2291 higher than your quote',
    body: `Good afternoon,

We received invoice 2291 for the office deep clean at Unit 7, Brookfield Park. Your quote from August was $1,450 including the carpet shampoo. The invoice is for $1,890 and lists carpet cleaning as an extra $440.

Please could you check this and send a corrected invoice? We are happy with the work itself, it's only the amount.

Best regards,
Meredith Kline
Office Administrator, Kline & Rowe Surveyors`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Cant log in to parent portal',
    body: `Hi,

I'm trying to check my son's maths homework feedback on the portal but it keeps saying "account locked". I think I typed the password wrong a few times. His name is Aarav Menon, Year 9, and my email is this one.

Can you unlock it or reset it please?

Thanks
Deepa Menon`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Bella - post-op stitches',
    body: `Hi Dr Naidoo,

Bella (the spaniel, spayed last Wednesday) has been licking her wound despite the cone and one of the stitches looks like it has come open a bit. There's no bleeding but it's a little red. Should I bring her in or is this normal? I've attached a photo.

Thanks so much,
Kerry van der Berg
Sent from my Samsung Galaxy`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Service on the Octavia - warning light back on',
    body: `Hello Mr Doyle,

I had my Skoda Octavia (reg 191-D-45872) in with you on the 14th for the service and the EGR valve. Two days later the engine management light came on again and the car feels sluggish going uphill.

I'd rather not drive it much until it's looked at. Is there any chance you can take it back in this week? Obviously I'd expect this to be covered since it's the same issue.

Regards,
Siobhán Kearney`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Membership freeze not applied',
    body: `Hey team,

I asked at the front desk on 28 Oct to freeze my membership for December and January (I'm travelling for work). Got a paper form and everything. But the direct debit for December just went out - $64.

Can you refund it and make sure January is frozen too? Member no. 40318.

Cheers,
Marcus Bell`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Wrong flowers delivered',
    body: `Hello,

I ordered the "Autumn Blush" bouquet for my mother's 70th (order 5521) and she received white lilies instead. She's actually allergic to lilies so she had to put them outside. 

I'm quite disappointed as it was for a special day. Could you please send the correct bouquet or refund me?

Elaine Duffy`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'On behalf of Mr. Raghavan - VPN access issue',
    body: `Dear Support Team,

I am writing on behalf of Mr. S. Raghavan, Managing Partner. Since the firewall upgrade your team carried out on Saturday, he is unable to connect to the office VPN from his laptop. The client shows "authentication failed" although his password has not changed.

He is travelling to Pune tomorrow and needs access to the client files during the trip. Kindly treat this as urgent and call me on the number below to arrange remote access to his laptop.

Thanks and regards,
Lakshmi Iyer
Executive Assistant
Raghavan & Associates, Chartered Accountants
+91 98450 22817`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'physio appointment - can I move it?',
    body: `Hi Jess,

I've got my knee session booked with Liam on Thursday at 5.30 but I've been put on a late shift. Could you swap it to Friday morning or Monday any time? Same treatment, nothing else changes.

Ta,
Nathan`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Re: Re: Website changes not showing',
    body: `Hi Sophie,

Sorry to keep bothering you. The new opening hours are still not on the homepage, and the menu PDF link goes to a 404 page. We paid for the maintenance plan so I assumed these small edits would be done within 48 hours like the contract says.

Our Christmas menu goes live on 1 December so I really need this sorted.

Best,
Gianni
Trattoria Da Gianni

-----Original Message-----
From: Sophie Walsh
Sent: Monday 17 November 10:02
Subject: Re: Website changes not showing

Hi Gianni, thanks - I've passed this to our developer and it should be live by tomorrow. Sophie`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Deposit return - 14 Kingfisher Close',
    body: `Dear Ms Patel,

We moved out of 14 Kingfisher Close on 30 September and handed over all keys. The check-out report had no issues apart from a small mark on the bedroom wall, which you said would be a deduction of maybe £30.

It has now been more than six weeks and we have not received the deposit of £1,200 or any breakdown of deductions. Under the tenancy agreement it should be returned within 10 days of agreement.

Could you please let us know the status?

Yours sincerely,
Daniel and Hannah Cole`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'how do I export the reports',
    body: `Hi Greg

Quick one - the new booking software you installed for us last week, how do I export the monthly occupancy report to Excel? The button you showed me isnt there on my login, only on Janine's.

Thanks heaps
Bronwyn
Wattle Creek B&B`,
  },

  // ───────────────────────── English: sales_lead (13) ─────────────────────────
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Christmas party for 45 - availability?',
    body: `Hi,

I'm organising our staff Christmas party and came across your venue on Instagram. Would you have the upstairs room free on Friday 12 or Friday 19 December for around 45 people?

We'd want a buffet or sharing platters, a welcome drink and somewhere for a DJ. Could you send me your packages and prices per head?

Thanks,
Olivia Grant
HR Coordinator, Bramley Logistics`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Quote for 12 laptops + setup',
    body: `Hello,

A friend who runs the physio clinic on Hill St recommended you. We're a small architecture studio (12 people) and our laptops are 6 years old. Could you quote for 12 mid-range laptops with Windows 11 Pro, Office, and the setup/data transfer from the old machines?

We'd also be interested in a monthly support contract if you offer one.

Regards,
Tomasz Nowicki
Nowicki Architects`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Viewing request - 3 bed on Ashgrove Rd',
    body: `Hi,

Saw the 3 bed semi on Ashgrove Road listed on your website at 385k. Is it still available? We're first-time buyers with a mortgage in principle and could view any weekday after 5 or on Saturday.

Also - is the garden south facing? Photos make it hard to tell.

Thanks!
Ruth & Kieran`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Trial lesson for my daughter (GCSE Chemistry)',
    body: `Good evening,

My daughter is in Year 11 and struggling with chemistry, particularly the quantitative parts. Do you offer a trial lesson before committing to a block? And what are your rates for weekly one-to-one sessions, online or in person in Harrogate?

Best wishes,
Amanda Sutcliffe`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Group rate enquiry - cycling club, June 2027',
    body: `Dear Reservations,

Our cycling club is planning a three-night trip to the Peak District from 10 to 13 June 2027. We'd be 18 riders, mostly in twin rooms, and need secure bike storage and an early breakfast (6:30) on two days.

Could you let me know whether you can accommodate a group this size and what the group rate would be, including breakfast and a packed lunch option?

Thank you,
Graham Pollard
Secretary, Sheffield Wheelers CC`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Wedding flowers - budget question',
    body: `Hi Poppy!

We're getting married on 8 May next year at Hollins Barn. I love the wildflower style on your page. Roughly what would bridal bouquet, 4 bridesmaids, 6 buttonholes and 10 table jars cost? Our budget is around £1,200 for everything - is that realistic?

Would love to pop in for a consultation too.

Jade x`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Adding a second location to our contract',
    body: `Hi Nikhil,

We're happy with the IT support you provide at our Bandra office. We're opening a second clinic in Andheri in February (8 workstations, 2 printers, one reception PC) and would like to extend the contract to cover it, including network cabling.

Could you send a quotation for the setup and the additional monthly fee?

Regards,
Dr. Farah Qureshi
Smile Square Dental Clinics`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Used Hilux - is it still for sale?',
    body: `G'day,

Is the 2021 Hilux SR5 (white, 68,000 km) still on the lot? What's your best drive-away price and would you take a 2015 Ranger as a trade-in?

Cheers
Shane
0412 559 018`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Tender: cleaning services for 3 school buildings',
    body: `Dear Sir/Madam,

Westfield Academy Trust is inviting quotations for the daily cleaning of three school buildings (total approx. 6,400 m²) from April 2027 for an initial period of three years.

If your company would like to be considered, please reply by 5 December to request the specification pack. We would need evidence of DBS checks for all staff and public liability insurance of at least £5m.

Yours faithfully,
Carol Jennings
Business Manager, Westfield Academy Trust`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Social media management - pricing?',
    body: `Hi there,

We run a small yoga and pilates studio in Fremantle. We're hopeless at Instagram and want someone to handle 3 posts a week plus stories and maybe some paid ads in January for new year sign-ups.

What do your packages cost, and do you have examples from other fitness clients?

Thanks,
Mia Larkin
Saltwater Movement Studio`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Extension plans - do you do small jobs?',
    body: `Hello,

We're thinking about a single-storey rear extension (roughly 4m x 6m) to our 1930s semi in Didsbury. Before we go further, could you tell me whether you take on residential projects of this size and how you charge - fixed fee or a percentage? We'd need drawings for planning and building regs.

Kind regards,
Peter Ambrose`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Bookkeeping for a new cafe',
    body: `Hi,

I'm opening a cafe in Woodstock, Cape Town in January and need someone to do the monthly bookkeeping, VAT returns and payroll for 5 staff. What would that cost per month? I'm using Xero already.

Thanks,
Lindiwe Mokoena`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'tasting menu for anniversary',
    body: `Hi, do you still do the 7 course tasting menu on Saturdays? Looking for a table for 2 on 6 Dec and wondering about the price with wine pairing. Also can you do one course veggie? Thanks, Conor`,
  },

  // ───────────────────────── English: meeting_request (11) ─────────────────────────
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Year-end accounts - can we meet in early December?',
    body: `Hi Alison,

I'd like to sit down with you before the year-end to go through the draft accounts and talk about whether we should buy the new van before or after 31 December.

Would Tuesday 2nd or Wednesday 3rd December work, ideally in the morning at your office? An hour should be enough.

Thanks,
Rob Thackeray
Thackeray Plumbing & Heating`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Site survey at 41 Church Lane',
    body: `Dear Mr Osei,

Thank you for accepting the commission. To get started we'd like to carry out a measured survey of the house. It takes about three hours and we'd need access to all rooms including the loft.

Could you suggest two or three dates in the week of 1 December that suit you? Our surveyor Hannah is available Monday, Wednesday and Friday.

Best regards,
Isla Morgan
Morgan Pryce Architects`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Interview - Front of House Supervisor',
    body: `Dear Ms Adebayo,

Thank you for your application for the Front of House Supervisor position at The Copper Kettle. We'd like to invite you to an interview with our general manager, Ben Harrow, on Thursday 27 November at 2:30 pm at the restaurant.

Please let me know if this time works for you, or suggest an alternative.

Kind regards,
Laura Finch
Operations, The Copper Kettle Group`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Rescheduling our call',
    body: `Hi Karan,

Something's come up with a client on Thursday - can we push our 3pm call about the Q1 campaign to Friday, same time? If not, Monday morning works too.

Apologies for the shuffle.

Ellie`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Visit from our new area rep',
    body: `Good morning,

I've taken over from Simon as your area representative for Hartley Dental Supplies. I'd love to drop by the practice for 20 minutes to introduce myself and go through your consumables order pattern.

Would any lunchtime in the week of 8 December be convenient? Happy to bring coffee.

Warm regards,
Natalie Brooks
Area Representative, Hartley Dental Supplies
07845 330 112`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Confirming Saturday viewing - 9 Seaview Terrace',
    body: `Hi Mr and Mrs Kowalczyk,

Just confirming your viewing of 9 Seaview Terrace this Saturday, 29 November, at 11:00. I'll meet you outside the property. Parking is available on the road opposite.

If anything changes, just reply or call me.

Best,
Aoife Brennan
Brennan & Lowe Estate Agents`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'cancel tmrw',
    body: `Hi Jo, really sorry, need to cancel our catch up tomorrow about the sponsorship pack - kid is sick. Can we do next Tues or Weds instead? Any time after 10.

Sam
Sent from mobile`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Audit planning meeting - Riverside Animal Rescue',
    body: `Dear Committee,

As in previous years, we'd like to hold a short planning meeting before starting the independent examination of the charity's accounts for the year ended 30 September.

Would it be possible to meet the treasurer and one trustee, either in person or on Teams, during the week commencing 8 December? Please let me know a couple of options.

Kind regards,
Martin Ellery FCA
Ellery Pugh Accountants`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Quick call re: network upgrade',
    body: `Hi Sarah,

Before we order the new switches and access points for the hotel, I'd like 30 minutes with you and your GM to agree the cut-over night and which floors go first. 

Could you do a Teams call on Wednesday at 10:00 or Thursday at 15:00?

Thanks,
Viktor Haas
Senior Engineer, NorthPoint IT`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Re: Partnership with Hope Kitchen',
    body: `Hi Rahul,

Great to hear you're keen on the community meals idea. Let's meet in person - could you come to our kitchen on Monday 1 Dec around 4pm? You can see the space and meet the volunteers.

If that doesn't suit, I'm flexible most afternoons that week.

Best,
Grace Mbeki
Hope Kitchen Johannesburg

> On 20 Nov, Rahul Desai wrote:
> Hi Grace, we'd love to explore donating surplus food from our two restaurants. When could we talk?`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Moving parent-teacher meeting to 4:15',
    body: `Dear Mrs Hollis,

Would it be possible to move our meeting about Ethan's progress on Thursday from 3:30 to 4:15? I finish work a little later that day. If 4:15 isn't free, any time on Friday is also fine.

Thank you,
Michael Turner`,
  },

  // ───────────────────────── English: other (11) ─────────────────────────
  {
    category: 'other',
    language: 'en',
    subject: 'Application - Sous Chef position',
    body: `Dear Head Chef,

I am writing to apply for the Sous Chef role advertised on Caterer.com. I have eight years of experience in busy kitchens, most recently as junior sous at The Albion in Bristol, where I ran the pass on weekends and managed ordering for the pastry section.

My CV is attached. I'd welcome the chance to do a trial shift.

Kind regards,
Tomás Ryan`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Price changes from 1 January 2027',
    body: `Dear Customer,

Due to increases in transport and energy costs, Greenleaf Wholesale Flowers will be adjusting prices on imported Dutch stems by approximately 6% from 1 January 2027. British-grown seasonal lines are unaffected.

Our minimum order for free delivery will also rise from £150 to £180. The updated price list is attached.

Thank you for your continued business.

Greenleaf Wholesale Flowers Ltd`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Food hygiene inspection - notice of visit',
    body: `Dear Proprietor,

This is to inform you that an officer from the Environmental Health team will carry out a routine food hygiene inspection at The Lantern Café, 12 Market Street, during the week of 1 December 2026. Inspections are unannounced as to the exact day and time.

Please ensure your HACCP records, cleaning schedules and allergen information are available.

Environmental Health Services
Calder Valley District Council`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Sponsorship request - U12 girls football',
    body: `Hi,

I coach the Under-12 girls team at Kilmacud Rovers. We're looking for a local business to sponsor new kits for next season (about €900). In return your logo would go on the shirts and on our club page.

Your garage fixed my car last year and I thought of you! Would you consider it?

Thanks a million,
Niamh Gallagher`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Feature request - Melbourne Food Diary',
    body: `Hi there,

I'm a food writer for Melbourne Food Diary and we're putting together a piece on neighbourhood bistros in Brunswick. I'd love to include you and ask the chef a few questions by email - origin story, signature dish, what's coming in summer.

Our deadline is 5 December. Would you be up for it?

Cheers,
Hannah Chu`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Internship enquiry - summer 2027',
    body: `Dear Ms Forsyth,

I am a second-year BSc Marketing student at the University of Leeds and I am looking for a 6–8 week summer internship in 2027. I have followed your agency's work for the Yorkshire Cheese Co. campaign and would love to learn from your team.

I've attached my CV and a short portfolio of university projects.

Yours sincerely,
Priyanka Shah`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Your insurance renewal - Policy PL-3345190',
    body: `Dear Mr Abernethy,

Your Public Liability and Employers' Liability policy for Abernethy Fitness Ltd is due for renewal on 1 January 2027. Your renewal premium is £1,284.60, an increase of 4.8% reflecting the higher claims environment in the leisure sector.

Please check the statement of fact enclosed and tell us about any changes to your business before the renewal date.

Harbour Commercial Insurance Brokers`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Reference for Jordan Whitaker',
    body: `Dear Mr Lim,

Jordan Whitaker has applied for a position as Veterinary Nurse at our practice and has given your name as a referee. I'd be grateful if you could confirm the dates of employment and comment on her clinical skills and reliability.

A short reply by email is perfectly fine.

With thanks,
Dr Helen Morrow
Morrow Veterinary Centre`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Notice: service charge budget 2027 - Block C',
    body: `Dear Leaseholder,

Please find enclosed the proposed service charge budget for Block C, Riverside Quays, for the year 2027. The budget shows an increase of 7% mainly due to the building insurance premium and the lift maintenance contract.

Leaseholders may send written comments until 15 December 2026.

Yours faithfully,
Crestwood Property Management`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Short survey - how was working with us in 2026?',
    body: `Hi Mark,

As one of our partner garages you've been sending us recovery jobs all year, and we'd really value five minutes of your feedback. The survey has eight questions about response times and communication.

Link: https://forms.rapidrecovery.co.uk/partners-2026

Thanks for being part of the network,
Jess Ward
Partner Manager, Rapid Recovery UK`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Letter before action - unpaid deposit dispute',
    body: `Dear Sirs,

We act for Ms Rebecca Lyle in connection with the deposit of £3,500 paid to your company for the hire of the Ashdown Hall venue on 14 March 2026, which was cancelled by your company.

Unless the sum is repaid in full within 14 days of the date of this letter, our client intends to issue proceedings in the County Court without further notice.

Yours faithfully,
Finch Haldane Solicitors`,
  },

  // ───────────────────────── English: personal (10) ─────────────────────────
  {
    category: 'personal',
    language: 'en',
    subject: 'Thinking of you',
    body: `Dear Margaret,

I was so sorry to hear about Frank. He was such a kind man and always had a story ready when he came into the shop for his Saturday roses. I'll miss seeing him.

If there's anything at all I can do, even just a cup of tea and a chat, please tell me.

With love,
Jean`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'Leaving drinks for Priti - Friday!',
    body: `Hi all,

As most of you know, Priti's last day with us is Friday after nine (!) years on reception. We're heading to The Crown from 5.30 - first round is on the practice.

There's a card going round in the staff room and a collection envelope in my drawer if you want to chip in for a present.

Don't tell her about the cake.

Fiona`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'Sunday lunch?',
    body: `Hi love, are you and Tom still coming Sunday? Dad's doing the lamb. Bring the kids' wellies, we'll go to the river after if it's dry.

Mum x`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'Your parcel is with me',
    body: `Hi Ravi, it's Anne from number 12. The postman left a big box for you with me this morning - I'm in all afternoon so pop over whenever. No rush!

Anne`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'Happy birthday you legend',
    body: `Jono!

Happy 40th mate. Can't believe we've been mates since Year 7 and you still can't parallel park. Hope the family spoils you rotten. Beers on me next time you're in Brisbane.

Dave`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'Saturday match - lift?',
    body: `Hey Craig,

Any chance of a lift to the away game at Chesterfield on Saturday? My car's in the garage till Monday. I can chip in for petrol and I'll bring the oranges for half time.

Cheers,
Liam`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'photos from the reunion',
    body: `Hi everyone!

What a night. I've put all my photos from Saturday in a shared album - link below. Some are blurry, blame the prosecco. Please add yours too.

https://photos.app.goo.gl/xK3reunion1996

Let's not wait another 30 years.
Sinead`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'Re: how are you settling in?',
    body: `Hi Aunty Meera,

Thank you for checking in! Toronto is cold already but the flat is cosy and my flatmate is lovely. Work started Monday - lots of training but people seem nice.

I miss your dal so much. Please send me the recipe properly, not "add until it looks right" :)

Love,
Anjali

> On Sun, Meera Kapoor wrote:
> Beta, how is the new city? Are you eating properly?`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'Congrats on the new baby!',
    body: `Kate,

Just heard from Mel in the office - congratulations!! A little girl! I hope you're both doing well and getting at least a bit of sleep. Everyone here sends love. We've put together a small hamper, I'll drop it off whenever suits you, no need to entertain me.

Big hugs,
Ros`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'book club - December pick',
    body: `Hi girls, my turn to host on the 11th. I vote we read something light for December, I'm done with sad Scandinavian crime for this year. Suggestions? I'll do mulled wine.

Bee`,
  },

  // ───────────────────────── English: invoice (4) ─────────────────────────
  {
    category: 'invoice',
    language: 'en',
    subject: 'Invoice INV-10482 from Brightline IT Services',
    body: `Dear Accounts,

Please find attached invoice INV-10482 for November managed IT support.

Managed support, 14 users @ £38.00: £532.00
Microsoft 365 Business Standard, 14 licences: £151.20
On-site visit 11/11 (printer replacement): £95.00
Subtotal: £778.20
VAT 20%: £155.64
Total due: £933.84

Payment terms: 30 days. Bank: Brightline IT Services Ltd, sort code 20-45-77, account 43018822, reference INV-10482.

Many thanks,
Brightline IT Services Ltd`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: 'Tax invoice #2026-318 - Coastal Clean Co',
    body: `Hi Kirsty,

Tax invoice for fortnightly cleaning at Seashell Physio, October.

2 x standard clean (3.5 hrs) - $378.00
1 x window clean (external) - $160.00
GST - $53.80
TOTAL - $591.80

Due by 8 December. BSB 062-948, Acc 1055 2310, ref 2026-318.

Thanks,
Coastal Clean Co · ABN 51 824 663 019`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: 'Your invoice for design services (Project 2609 - Kiln Lane)',
    body: `Dear Mr and Mrs Sandhu,

Attached is our invoice for Stage 3 (Planning application) of your project at 7 Kiln Lane.

Fee for Stage 3: £2,400.00
Planning portal fee (disbursement): £258.00
VAT on fee: £480.00
Amount due: £3,138.00

We would be grateful for payment within 21 days.

Kind regards,
Harper Leigh Architects – Accounts`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: 'Invoice 7741 - vehicle service',
    body: `Invoice 7741
Customer: Mr P. Lindqvist
Vehicle: VW Golf 1.5 TSI, reg KX19 BHT

Interim service: £189.00
Front brake pads: £96.50
Wiper blades: £24.00
Labour included.
VAT: £61.90
Total: £371.40

Payment due on collection or within 7 days by bank transfer.

Marsh Lane Motors`,
  },

  // ───────────────────────── English: receipt (4) ─────────────────────────
  {
    category: 'receipt',
    language: 'en',
    subject: 'Payment received - thank you',
    body: `Hi Andrew,

We've received your payment of $1,150.00 for the Term 4 tutoring block (10 sessions, Year 12 Physics). Your receipt number is TR-2026-0917.

Thanks,
Clearpath Tutoring`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: 'Your booking is confirmed - The Old Rectory B&B',
    body: `Dear Ms Hughes,

Thank you for your booking. Your deposit has been paid.

Booking reference: OR-55310
Dates: 19–21 December 2026 (2 nights)
Room: Garden Double, breakfast included
Total: £290.00
Deposit paid (card ending 4471): £90.00
Balance due on arrival: £200.00

We look forward to welcoming you.
The Old Rectory, Church Stretton`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: 'Receipt for your donation',
    body: `Dear Mr Okonkwo,

Thank you for your gift of £50.00 to Paws & Whiskers Rescue, received on 21 November 2026. Gift Aid has been applied, meaning your donation is worth £62.50 to us.

Receipt no. PWR-88134. Please keep it for your records.

With gratitude,
Paws & Whiskers Rescue (Registered charity 1184662)`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: 'Order confirmation #FL-20741',
    body: `Thanks for your order, Naomi!

1 x Winter Wreath, Large - £65.00
Delivery (Sat 29 Nov, AM) - £6.50
Total paid: £71.50 (Apple Pay)

Delivery to: 4 Ferndale Avenue, Bath BA2 4LP
Card message: "Welcome to your new home! Love N & J"

Petal & Stem Florists`,
  },

  // ───────────────────────── English: notification (5) ─────────────────────────
  {
    category: 'notification',
    language: 'en',
    subject: '[Alert] Backup job failed - SRV-FILES01',
    body: `Backup job "Nightly-Files" on SRV-FILES01 finished with status: FAILED

Start time: 23/11/2026 01:00
End time: 23/11/2026 01:14
Error: Target storage "NAS-Offsite" is unreachable (timeout).

This is an automated message from Veeam Backup & Replication. Do not reply.`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: 'New booking: Sat 6 Dec, 19:30, 4 guests',
    body: `You have a new reservation.

Name: Connolly
Date: Saturday 6 December 2026
Time: 19:30
Guests: 4
Notes: "Birthday - window table if possible"

Manage this booking in your TableBook dashboard.

TableBook · You are receiving this because you are an admin for Bistro Nove.`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: 'Your password was changed',
    body: `Hi Gemma,

The password for your ClinicDesk account (gemma@parkviewphysio.co.uk) was changed on 22 Nov 2026 at 21:47.

If you made this change, you don't need to do anything. If you didn't, reset your password immediately and contact your practice administrator.

— The ClinicDesk team`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: 'Your order has shipped',
    body: `Good news! Your order #448120 is on its way.

Items: HP 305A toner cartridge x 3
Carrier: DPD
Tracking: 15501234987654
Estimated delivery: Tuesday 25 November

Track your parcel: https://track.dpd.co.uk/15501234987654

OfficeSupply Direct`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: 'Reminder: MOT due for YD17 KRP',
    body: `This is an automatic reminder from the DVSA MOT reminder service.

The MOT for vehicle YD17 KRP (Ford Transit Custom) expires on 14 December 2026.

You can be fined up to £1,000 for driving a vehicle without a valid MOT.

Do not reply to this email.`,
  },

  // ───────────────────────── English: newsletter (4) ─────────────────────────
  {
    category: 'newsletter',
    language: 'en',
    subject: 'The Practice Owner - November: staff retention, VAT changes and more',
    body: `Welcome to the November issue of The Practice Owner.

In this issue:
• Why dental nurses are leaving — and three things that make them stay
• What the new VAT rules on cosmetic treatments mean for you
• Case study: how a two-chair practice in Leeds cut no-shows by 40%
• Upcoming webinar: "Pricing your Invisalign offer in 2027"

Read online: https://practiceowner.co.uk/nov-2026

You're receiving this because you subscribed at practiceowner.co.uk. Unsubscribe | Manage preferences`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: 'Hospitality Weekly: the Christmas staffing crunch',
    body: `HOSPITALITY WEEKLY — Issue 412

This week: operators report the hardest December hiring season since 2022. We spoke to five independent restaurants about how they're coping, from four-day weeks to sharing staff between sites.

Also: energy price cap changes explained, and a recipe for a zero-waste Christmas canapé.

Read the full issue →

Unsubscribe from Hospitality Weekly`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: 'Member news from the Federation of Independent Florists',
    body: `Dear member,

Here's your December round-up:

- Valentine's 2027 stock forecast: rose prices expected up 10–15%
- Results of our member survey on delivery apps
- Regional meet-ups in Bristol, York and Glasgow in January
- New sustainable foam-free mechanics course now open for booking

Read the full bulletin on the member site.

FIF · You are receiving this email as a member. Update preferences.`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: 'Landlord Brief: deposit rules, EPC deadlines and a market outlook',
    body: `Hi there,

Welcome to this month's Landlord Brief from Keystone Lettings.

1. EPC minimum rating — what the 2028 timeline means for you
2. Deposit disputes: the five most common reasons landlords lose
3. Rental market outlook for Q1 2027 in Greater Manchester

As always, reply to this email if there's a topic you'd like us to cover.

Keystone Lettings · unsubscribe`,
  },

  // ───────────────────────── English: spam (4) ─────────────────────────
  {
    category: 'spam',
    language: 'en',
    subject: 'Your domain listing expires TODAY',
    body: `FINAL NOTICE

Domain: harbourviewhotel.co.uk
Search engine listing status: EXPIRING

Failure to complete your search engine optimization registration by end of day may result in the loss of online visibility for your domain. Secure your listing now for only $89.

https://seo-registration-services.net/renew

This is not an invoice. This is a courtesy solicitation.`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: 'Re: Outstanding payment - urgent',
    body: `Hello,

Please find attached the outstanding payment notification. Kindly review and confirm by logging in to the secure document portal below with your email credentials.

View Document: http://docs-share-secure.xyz/login

Regards
Accounts Department`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: 'Get 500+ 5-star Google reviews for your clinic',
    body: `Hi Doctor,

Struggling to get reviews? We provide 100% real-looking 5-star Google reviews from local profiles. Undetectable, fast delivery, money back guarantee.

Packages from $49 for 20 reviews. Reply "YES" to get started!

Best,
Mike | ReviewBoost Pro`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: 'Congratulations! Your business has been selected',
    body: `Dear Business Owner,

Your company has been selected to receive a $25,000 small business grant under the 2026 Economic Recovery Program. To claim your funds, a one-time processing fee of $250 is required.

Reply with your full name, business bank details and a copy of your ID within 48 hours.

Grant Disbursement Office`,
  },

  // ───────────────────────── German (14) ─────────────────────────
  {
    category: 'support_request',
    language: 'de',
    subject: 'Falsche Abrechnung Zimmer 12 – Buchung 40771',
    body: `Sehr geehrte Damen und Herren,

wir haben vom 14. bis 16. November bei Ihnen übernachtet (Buchungsnummer 40771, Familie Brandt). Auf der Rechnung sind drei Nächte berechnet, wir sind aber am Sonntagmorgen abgereist. Außerdem taucht zweimal die Kurtaxe auf.

Bitte korrigieren Sie die Rechnung und erstatten Sie den Differenzbetrag von 128,50 € auf meine Kreditkarte.

Mit freundlichen Grüßen
Stefan Brandt`,
  },
  {
    category: 'support_request',
    language: 'de',
    subject: 'AW: Reparatur Kaffeemaschine – schon wieder defekt',
    body: `Hallo Herr Yilmaz,

leider muss ich mich nochmal melden. Die Siebträgermaschine, die Ihr Techniker am 4.11. repariert hat, verliert seit gestern wieder Wasser unten an der Brühgruppe. Genau das gleiche Problem wie vorher.

Wir sind ein Café, ohne die Maschine geht bei uns nichts. Können Sie bitte morgen früh jemanden vorbeischicken? Die Reparatur sollte ja noch unter Gewährleistung fallen.

Danke und Gruß
Julia Hartmann
Café Hafenliebe, Kiel

Von meinem iPhone gesendet`,
  },
  {
    category: 'sales_lead',
    language: 'de',
    subject: 'Anfrage Probetraining und Preise',
    body: `Hallo liebes Team vom Studio Kraftwerk,

ich bin neu in Leipzig und suche ein Studio mit Kursen am Abend (Yoga, Functional). Kann man bei Ihnen ein Probetraining machen? Und was kostet eine Mitgliedschaft mit 12 bzw. 24 Monaten Laufzeit?

Viele Grüße
Miriam Schulze`,
  },
  {
    category: 'sales_lead',
    language: 'de',
    subject: 'Angebot für Grundreinigung Praxisräume',
    body: `Sehr geehrte Frau Kowalski,

unsere Physiotherapiepraxis (ca. 220 m², 6 Behandlungsräume, Empfang, zwei Sanitärbereiche) sucht ab Januar einen neuen Reinigungsdienst. Gewünscht ist eine Unterhaltsreinigung dreimal pro Woche nach 19 Uhr sowie eine Grundreinigung einmal im Quartal.

Könnten Sie uns ein unverbindliches Angebot machen? Eine Besichtigung ist gern möglich.

Mit freundlichen Grüßen
Thomas Eberle
Physiotherapie am Stadtpark, Augsburg`,
  },
  {
    category: 'meeting_request',
    language: 'de',
    subject: 'Terminvorschlag Jahresabschlussbesprechung',
    body: `Sehr geehrter Herr Dr. Neumann,

für die Besprechung des Jahresabschlusses 2025 und die Steuerplanung für 2027 würde ich gerne einen Termin mit Ihnen vereinbaren. Passen Ihnen der 9. oder 11. Dezember, jeweils vormittags in unserer Kanzlei? Alternativ können wir auch per Videocall sprechen.

Beste Grüße
Sabine Roth
Steuerberatung Roth & Partner`,
  },
  {
    category: 'meeting_request',
    language: 'de',
    subject: 'Vorstellungsgespräch verschieben?',
    body: `Guten Tag Frau Albers,

vielen Dank für die Einladung zum Vorstellungsgespräch als Zahnmedizinische Fachangestellte am Donnerstag um 10 Uhr. Leider habe ich an diesem Tag eine Prüfung in der Berufsschule. Wäre es möglich, das Gespräch auf Freitag oder den darauffolgenden Montag zu verlegen?

Freundliche Grüße
Leonie Krämer`,
  },
  {
    category: 'other',
    language: 'de',
    subject: 'Bewerbung als Auszubildender Kfz-Mechatroniker',
    body: `Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um einen Ausbildungsplatz als Kfz-Mechatroniker ab August 2027 in Ihrem Autohaus. Ich besuche zurzeit die 10. Klasse der Realschule Pfullingen und habe im Sommer ein zweiwöchiges Praktikum in einer freien Werkstatt gemacht, das mir sehr gefallen hat.

Meine Unterlagen finden Sie im Anhang.

Mit freundlichen Grüßen
Jonas Weber`,
  },
  {
    category: 'other',
    language: 'de',
    subject: 'Ankündigung Mieterhöhung gemäß § 558 BGB',
    body: `Sehr geehrte Frau Demir,

als Verwalterin der Gewerbeeinheit Lindenstraße 8 (Blumenladen, EG) teilen wir Ihnen mit, dass die Eigentümerin gemäß der im Mietvertrag vereinbarten Indexklausel die Nettokaltmiete zum 1. Februar 2027 um 3,2 % anpasst. Die neue Miete beträgt 1.238,40 € zzgl. Nebenkosten.

Die Berechnung finden Sie in der Anlage.

Mit freundlichen Grüßen
Immobilienverwaltung Kessler GmbH`,
  },
  {
    category: 'personal',
    language: 'de',
    subject: 'Alles Gute zum Ruhestand, Gerd!',
    body: `Lieber Gerd,

nach 31 Jahren in der Werkstatt ist nun Schluss – kaum zu glauben! Ohne dich hätte ich den Laden damals nicht übernehmen können. Danke für all die Geduld mit einem jungen Chef, der alles besser wusste.

Genieß die Zeit mit Helga und dem Wohnmobil. Und wenn dir langweilig wird, weißt du ja, wo der Kaffee steht.

Herzlich
dein Markus`,
  },
  {
    category: 'personal',
    language: 'de',
    subject: 'Grillen am Samstag?',
    body: `Hi Tanja, habt ihr Samstag Lust auf Grillen bei uns? Paul hat endlich den neuen Grill aufgebaut 😄 Bringt gern die Kinder mit, so ab 17 Uhr. LG Steffi`,
  },
  {
    category: 'invoice',
    language: 'de',
    subject: 'Rechnung Nr. 2026-1187',
    body: `Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung Nr. 2026-1187 für die Wartung der Netzwerk- und Druckerinfrastruktur im Hotel Seeblick (Leistungszeitraum Oktober 2026).

Wartungspauschale: 420,00 €
Austausch Access Point 2. OG: 189,00 €
Zwischensumme: 609,00 €
zzgl. 19 % USt.: 115,71 €
Gesamtbetrag: 724,71 €

Zahlbar innerhalb von 14 Tagen ohne Abzug auf IBAN DE44 6005 0101 0004 2217 90.

Mit freundlichen Grüßen
Netzwerk Süd IT-Service GmbH`,
  },
  {
    category: 'receipt',
    language: 'de',
    subject: 'Zahlungsbestätigung Kursgebühr',
    body: `Liebe Frau Lehmann,

wir bestätigen den Eingang Ihrer Zahlung über 180,00 € für den Kurs „Rückenfit 10er-Karte“ am 20.11.2026. Die Karte liegt an der Theke für Sie bereit.

Viele Grüße
Ihr Team von Physio Balance Dresden`,
  },
  {
    category: 'notification',
    language: 'de',
    subject: 'Neue Bewertung für Gasthof Zur Linde',
    body: `Sie haben eine neue Bewertung erhalten.

★★★★☆ „Sehr freundliches Personal, tolles Frühstück. Zimmer etwas hellhörig.“
– Gast aus Hamburg, Aufenthalt November 2026

Antworten Sie auf die Bewertung in Ihrem Partner-Extranet.

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.`,
  },
  {
    category: 'newsletter',
    language: 'de',
    subject: 'Gastro-Update Dezember: Mehrwertsteuer, Personal, Trends 2027',
    body: `Liebe Leserinnen und Leser,

in unserem Dezember-Update:
– Was die Rückkehr zu 19 % auf Speisen für Ihre Kalkulation bedeutet
– Minijob-Grenze 2027: Das ändert sich
– Fünf Food-Trends, die wir im nächsten Jahr sehen werden
– Interview: Wie ein Landgasthof mit Vier-Tage-Woche Personal findet

Zum vollständigen Newsletter: www.gastro-update.de/dez26

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden`,
  },

  // ───────────────────────── French (13) ─────────────────────────
  {
    category: 'support_request',
    language: 'fr',
    subject: 'Remboursement acompte – annulation séminaire',
    body: `Bonjour Madame Lefèvre,

Comme convenu par téléphone le 28 octobre, nous avons annulé notre séminaire du 4 décembre au Domaine des Tilleuls (réservation SEM-2217). Votre contrat prévoit le remboursement intégral de l'acompte en cas d'annulation plus de 30 jours avant la date.

À ce jour, nous n'avons toujours rien reçu. Pourriez-vous me confirmer la date du virement de 1 500 € ?

Cordialement,
Julien Marchand
Assistant de direction, Cabinet Moreau Conseil`,
  },
  {
    category: 'support_request',
    language: 'fr',
    subject: 'Couronne qui bouge',
    body: `Bonjour docteur,

La couronne que vous m'avez posée il y a trois semaines bouge un peu quand je mâche, et j'ai une légère douleur du côté gauche. Est-ce que je dois passer au cabinet ? Je suis disponible tous les matins cette semaine.

Merci d'avance,
Nadia Benali

Envoyé de mon téléphone`,
  },
  {
    category: 'sales_lead',
    language: 'fr',
    subject: 'Demande de devis – site vitrine pour gîte',
    body: `Bonjour,

Nous tenons deux gîtes dans le Lot et notre site actuel date de 2014… Nous aimerions un site simple, en français et en anglais, avec calendrier de disponibilités et réservation en ligne.

Pourriez-vous nous faire une proposition avec un ordre de prix ? Nous souhaiterions qu'il soit en ligne avant Pâques.

Bien à vous,
Sylvie et Bernard Courtois`,
  },
  {
    category: 'sales_lead',
    language: 'fr',
    subject: 'Visite appartement T3 rue des Carmes',
    body: `Bonjour,

L'appartement T3 rue des Carmes à 1 150 € charges comprises est-il toujours disponible ? Nous sommes un couple avec un enfant, tous deux en CDI. Serait-il possible de le visiter en fin de semaine ?

Merci,
Émilie Roussel`,
  },
  {
    category: 'meeting_request',
    language: 'fr',
    subject: 'Rendez-vous pour le bilan annuel',
    body: `Bonjour Monsieur Garnier,

Je souhaiterais fixer un rendez-vous avec vous pour faire le point sur le bilan 2026 de la boulangerie avant la clôture. Seriez-vous disponible le mardi 9 ou le jeudi 11 décembre en début d'après-midi ?

Bien cordialement,
Patrice Delmas`,
  },
  {
    category: 'meeting_request',
    language: 'fr',
    subject: 'Re: Visite de chantier – report',
    body: `Bonjour Camille,

Le plâtrier ne pourra pas être là vendredi, je propose donc de décaler la visite de chantier avec les clients au lundi 1er décembre à 9h30. Est-ce que cela vous convient ? Je préviens M. et Mme Arnaud dès que vous confirmez.

Amitiés,
Hugo Lemaire
Atelier Lemaire Architecture

> Le 19 nov., Camille Perrin a écrit :
> On maintient bien la visite vendredi à 10h ?`,
  },
  {
    category: 'other',
    language: 'fr',
    subject: 'Candidature spontanée – réceptionniste',
    body: `Madame, Monsieur,

Titulaire d'un BTS Tourisme et bilingue anglais-espagnol, je me permets de vous adresser ma candidature pour un poste de réceptionniste au sein de votre hôtel. J'ai travaillé deux saisons à l'Hôtel Belle Rive à Annecy.

Vous trouverez mon CV en pièce jointe.

Veuillez agréer mes salutations distinguées.
Inès Morel`,
  },
  {
    category: 'other',
    language: 'fr',
    subject: 'Avis de contrôle – URSSAF',
    body: `Madame, Monsieur,

Nous vous informons qu'un contrôle de l'application des législations de sécurité sociale sera effectué au sein de votre entreprise, SARL Propreté Azur, à compter du 12 janvier 2027.

Vous trouverez ci-joint la charte du cotisant contrôlé ainsi que la liste des documents à tenir à disposition de l'inspecteur.

URSSAF Provence-Alpes-Côte d'Azur`,
  },
  {
    category: 'personal',
    language: 'fr',
    subject: 'Merci pour samedi !',
    body: `Coucou Léa,

Encore merci pour la soirée de samedi, c'était génial de revoir tout le monde. Ton tajine était incroyable, il me faut la recette !

On se fait un ciné la semaine prochaine ?

Bisous,
Chloé`,
  },
  {
    category: 'invoice',
    language: 'fr',
    subject: 'Facture F-2026-0452 – Fleurs Mariage Dubois',
    body: `Bonjour Madame Dubois,

Veuillez trouver ci-joint la facture F-2026-0452 relative à la décoration florale de votre mariage du 15 novembre.

Bouquet de mariée et boutonnières : 320,00 € HT
Centres de table (12) : 540,00 € HT
Arche florale : 450,00 € HT
TVA 20 % : 262,00 €
Total TTC : 1 572,00 €
Acompte versé : 500,00 €
Reste à payer : 1 072,00 €

Règlement à 15 jours par virement.

Atelier Floral Capucine`,
  },
  {
    category: 'notification',
    language: 'fr',
    subject: 'Rappel : votre rendez-vous demain à 14h15',
    body: `Bonjour,

Nous vous rappelons votre rendez-vous :
Kinésithérapie – M. Thomas Girard
Mardi 25 novembre 2026 à 14h15
Cabinet Kiné Santé, 8 avenue Foch, Lyon

Pour annuler, utilisez le lien dans votre espace patient au moins 24h à l'avance.

Ce message est envoyé automatiquement, merci de ne pas y répondre.`,
  },
  {
    category: 'newsletter',
    language: 'fr',
    subject: "La Lettre de l'Immobilier – Novembre 2026",
    body: `Chers lecteurs,

Au sommaire ce mois-ci :
• Taux immobiliers : la détente se confirme
• DPE : calendrier des interdictions de location
• Focus marché : Bordeaux et sa métropole
• Fiscalité : ce qui change pour les SCI en 2027

Lire la lettre en ligne

Vous recevez cet e-mail car vous êtes abonné à La Lettre de l'Immobilier. Se désinscrire.`,
  },
  {
    category: 'spam',
    language: 'fr',
    subject: 'Votre colis est en attente – frais de douane',
    body: `Bonjour,

Votre colis n° FR8834120 est bloqué au centre de tri. Des frais de douane de 1,99 € doivent être réglés pour permettre la livraison.

Payer maintenant : http://suivi-colis-livraison.info/fr

Sans paiement sous 48h, le colis sera retourné à l'expéditeur.

Service Client`,
  },

  // ───────────────────────── Spanish (12) ─────────────────────────
  {
    category: 'support_request',
    language: 'es',
    subject: 'Cambio de fecha de la reserva 7734',
    body: `Hola,

Tengo una reserva en su hostal para el 12 y 13 de diciembre (habitación doble, reserva 7734, a nombre de Lucía Fernández). Por un tema de trabajo necesitamos cambiarla al fin de semana siguiente, 19 y 20 de diciembre, misma habitación si es posible.

¿Me podrían confirmar el cambio? Ya pagué la señal de 60 €.

Muchas gracias,
Lucía`,
  },
  {
    category: 'support_request',
    language: 'es',
    subject: 'Queja – limpieza de fin de obra',
    body: `Buenos días, Sr. Ortega:

Ayer su equipo hizo la limpieza de fin de obra en nuestro local de la calle Colón. Esta mañana hemos encontrado restos de pintura en los cristales, polvo en todas las estanterías y el baño sin limpiar. Abrimos la tienda el lunes.

Les pido que vuelvan mañana sábado a terminar el trabajo, sin coste adicional, tal como se acordó en el presupuesto.

Un saludo,
Marta Gil
Óptica Visión Clara`,
  },
  {
    category: 'sales_lead',
    language: 'es',
    subject: 'Presupuesto comunión mayo 2027',
    body: `Hola, buenas tardes:

Queremos celebrar la comunión de nuestra hija el 15 de mayo de 2027 en su restaurante. Seríamos unos 60 adultos y 15 niños. ¿Tienen el salón disponible ese día? ¿Nos podrían enviar los menús de celebración con precios?

Gracias,
Raquel y Andrés`,
  },
  {
    category: 'sales_lead',
    language: 'es',
    subject: 'Consulta clases de inglés para empresa',
    body: `Estimados señores:

Somos una gestoría con 9 empleados en Valencia y queremos ofrecer clases de inglés (nivel B1-B2) en nuestra oficina, dos horas a la semana, a partir de enero.

¿Podrían indicarnos tarifas para grupo, duración de los cursos y si hacen prueba de nivel previa?

Atentamente,
Jorge Sanchis
Sanchis Asesores`,
  },
  {
    category: 'meeting_request',
    language: 'es',
    subject: 'Reunión para revisar la campaña de Navidad',
    body: `Hola Daniela,

¿Podemos vernos esta semana para revisar las piezas de la campaña de Navidad antes de lanzarlas? Yo podría el miércoles a las 11:00 o el jueves a las 16:30 en vuestra agencia. Si os va mejor por videollamada, también me sirve.

Un abrazo,
Pablo
Bodegas Río Alto`,
  },
  {
    category: 'meeting_request',
    language: 'es',
    subject: 'Confirmación cita con el gestor',
    body: `Buenos días Sra. Ramírez:

Le confirmo la reunión con nuestro asesor fiscal, D. Ernesto Vidal, el jueves 4 de diciembre a las 10:00 en nuestras oficinas de la calle Alcalá, 112, 3.º. Si necesita cambiar la hora, avísenos con antelación.

Saludos cordiales,
Carmen López
Recepción – Vidal & Asociados`,
  },
  {
    category: 'other',
    language: 'es',
    subject: 'Solicitud de colaboración – influencer gastronómica',
    body: `¡Hola equipo de La Tasca de Nico!

Soy Vale, creadora de contenido gastronómico en Instagram (@valecomeensevilla, 84k seguidores). Me encantaría visitar vuestro restaurante y hacer un reel con vuestras croquetas a cambio de la cena para dos.

Os dejo mi media kit adjunto. ¡Espero vuestra respuesta!

Valeria`,
  },
  {
    category: 'other',
    language: 'es',
    subject: 'Notificación Agencia Tributaria – requerimiento de información',
    body: `Estimado contribuyente:

Le comunicamos que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria en su Dirección Electrónica Habilitada única, relativa a un requerimiento de información sobre el modelo 303 del tercer trimestre de 2026.

Dispone de 10 días naturales para acceder a su contenido.

Agencia Tributaria`,
  },
  {
    category: 'personal',
    language: 'es',
    subject: 'Cumple de la abuela',
    body: `Hola primo!

Al final hacemos la comida del cumple de la abuela el domingo 30 en casa de mis padres, a las 14h. Cada uno lleva algo, a vosotros os ha tocado el postre jaja. ¿Venís seguro?

Besos,
Inés`,
  },
  {
    category: 'personal',
    language: 'es',
    subject: 'Gracias por todo, compañeros',
    body: `Queridos compañeros de la clínica:

Hoy es mi último día después de doce años. No me voy lejos, solo a disfrutar de la jubilación y de mis nietos, pero quería daros las gracias por tantas risas en la sala de descanso y por aguantarme los lunes.

Os voy a echar mucho de menos. Las puertas de mi casa en Cádiz están abiertas.

Un abrazo enorme,
Mercedes`,
  },
  {
    category: 'receipt',
    language: 'es',
    subject: 'Justificante de pago – Cuota diciembre',
    body: `Hola Alberto,

Te confirmamos el cobro de la cuota de diciembre del Club Deportivo Marea.

Concepto: Cuota mensual adulto
Importe: 42,00 €
Fecha: 01/12/2026
Método: domiciliación bancaria

Gracias por seguir con nosotros.
CD Marea – Administración`,
  },
  {
    category: 'spam',
    language: 'es',
    subject: 'Su cuenta bancaria ha sido suspendida',
    body: `Estimado cliente,

Hemos detectado actividad inusual en su cuenta. Por su seguridad, la hemos suspendido temporalmente. Para reactivarla, verifique sus datos en el siguiente enlace en un plazo de 24 horas:

http://banco-verificacion-segura.com/es

Atentamente,
Departamento de Seguridad`,
  },

  // ───────────────────────── Italian (11) ─────────────────────────
  {
    category: 'support_request',
    language: 'it',
    subject: 'Addebito errato sul conto – camera 305',
    body: `Buongiorno,

ho soggiornato presso il vostro hotel dal 7 al 9 novembre (prenotazione n. 55201). Sul conto finale mi è stato addebitato il minibar per 46 €, ma non ho consumato nulla: avevo anche chiesto alla reception di controllare prima della partenza.

Vi chiedo gentilmente di stornare l'importo sulla carta di credito.

Cordiali saluti,
Francesca Bianchi`,
  },
  {
    category: 'support_request',
    language: 'it',
    subject: 'R: tagliando – rumore dai freni',
    body: `Salve Sig. Colombo,

dopo il tagliando di sabato la Panda fa un rumore metallico quando freno, prima non lo faceva. Potete ricontrollare? Posso portarla giovedì mattina prima delle 8.

Grazie,
Roberto Esposito

Inviato da iPhone`,
  },
  {
    category: 'sales_lead',
    language: 'it',
    subject: 'Richiesta preventivo – pranzo aziendale',
    body: `Gentile staff dell'Osteria del Borgo,

stiamo organizzando il pranzo di Natale per il nostro studio (22 persone) per venerdì 19 dicembre. Avete disponibilità? Potreste inviarmi un paio di proposte di menù con i relativi prezzi, vini inclusi?

Grazie mille,
Alessandra Ricci
Studio Legale Ricci & Conti`,
  },
  {
    category: 'sales_lead',
    language: 'it',
    subject: 'Info corsi di recupero matematica',
    body: `Buonasera,

mio figlio frequenta il terzo anno del liceo scientifico e ha il debito in matematica. Vorrei sapere se organizzate corsi di recupero individuali o in piccoli gruppi, con che frequenza e a che prezzo. È possibile fare una prima lezione di prova?

Saluti,
Paola Marino`,
  },
  {
    category: 'meeting_request',
    language: 'it',
    subject: 'Incontro per il nuovo contratto di manutenzione',
    body: `Buongiorno Ing. Ferri,

vorremmo fissare un incontro presso la nostra sede per discutere il rinnovo del contratto di assistenza informatica per il 2027. Le andrebbe bene martedì 2 dicembre alle 15:00, oppure mercoledì 3 in mattinata?

Cordialmente,
Giorgio Santoro
Direttore amministrativo, Residenza Sole`,
  },
  {
    category: 'other',
    language: 'it',
    subject: 'Candidatura – tirocinio studio di architettura',
    body: `Gentili architetti,

sono una studentessa del quinto anno di Architettura al Politecnico di Milano e sto cercando uno studio dove svolgere il tirocinio curricolare di tre mesi a partire da febbraio 2027. Ho seguito con interesse il vostro progetto di recupero della cascina a Lodi.

Allego CV e portfolio.

Distinti saluti,
Chiara Galli`,
  },
  {
    category: 'other',
    language: 'it',
    subject: 'Richiesta di sponsorizzazione – Sagra della Castagna',
    body: `Gentile titolare,

la Pro Loco di Montecchio organizza anche quest'anno la Sagra della Castagna (6-8 marzo 2027). Cerchiamo sponsor locali per coprire le spese della serata musicale: con un contributo di 200 € il logo della vostra concessionaria comparirà su manifesti e volantini.

Resto a disposizione per ogni informazione.

Un cordiale saluto,
Maurizio Fabbri
Presidente Pro Loco Montecchio`,
  },
  {
    category: 'personal',
    language: 'it',
    subject: 'Condoglianze',
    body: `Cara Silvia,

ho saputo solo ieri della scomparsa di tua mamma. Mi dispiace tantissimo. Ricordo ancora quando ci preparava la merenda dopo la scuola.

Ti sono vicina, chiamami quando te la senti.

Un abbraccio forte,
Elena`,
  },
  {
    category: 'invoice',
    language: 'it',
    subject: 'Fattura n. 318/2026 – Pulizie Ottobre',
    body: `Spett.le Studio Dentistico Moretti,

in allegato la fattura n. 318/2026 relativa al servizio di pulizia del mese di ottobre.

Imponibile: € 640,00
IVA 22%: € 140,80
Totale: € 780,80

Pagamento tramite bonifico entro 30 gg d.f. – IBAN IT60 X054 2811 1010 0000 0123 456.

Cordiali saluti,
Splendor Servizi di Pulizia s.r.l.`,
  },
  {
    category: 'newsletter',
    language: 'it',
    subject: 'Ristorazione Oggi – le novità di dicembre',
    body: `Ciao!

In questo numero di Ristorazione Oggi:
– Menu delle feste: come calcolare il food cost senza sorprese
– Le nuove regole sugli allergeni in vigore dal 2027
– Intervista a una trattoria di Bologna che ha dimezzato gli sprechi

Leggi tutto sul nostro sito.

Ricevi questa email perché sei iscritto alla newsletter. Cancella iscrizione`,
  },
  {
    category: 'spam',
    language: 'it',
    subject: 'Hai vinto un iPhone 17 Pro!',
    body: `Complimenti!

Sei stato selezionato come vincitore del nostro concorso settimanale. Per ricevere il tuo iPhone 17 Pro devi solo pagare le spese di spedizione di 2 €.

Richiedi il premio: http://premi-vincitori-it.club

Offerta valida solo oggi!`,
  },

  // ───────────────────────── Dutch (11) ─────────────────────────
  {
    category: 'support_request',
    language: 'nl',
    subject: 'Lekkage na reparatie dakgoot',
    body: `Beste meneer De Vries,

Vorige week heeft uw monteur de dakgoot aan de achterkant van ons pand (Kerkstraat 14, het kantoor boven de bloemenwinkel) gerepareerd. Sinds de regen van gisteren lekt het water weer langs de muur naar binnen, op dezelfde plek.

Kunt u zo snel mogelijk iemand sturen? Ik heb foto's bijgevoegd.

Met vriendelijke groet,
Annelies Bakker
VvE Kerkstraat 14`,
  },
  {
    category: 'support_request',
    language: 'nl',
    subject: 'factuur klopt niet',
    body: `Hoi Sanne,

Op de factuur van oktober staan 12 uur bijles voor Mila, maar ze heeft er 8 gehad (twee lessen vielen uit omdat de docent ziek was, weet je nog?). Kun je een aangepaste factuur sturen?

Groetjes,
Mark Jansen`,
  },
  {
    category: 'sales_lead',
    language: 'nl',
    subject: 'Offerte gevraagd: nieuwe wifi voor ons hotel',
    body: `Goedemiddag,

Wij hebben een klein hotel in Haarlem met 24 kamers verdeeld over drie verdiepingen. De wifi is op de bovenste verdieping erg slecht en gasten klagen. Kunnen jullie een offerte maken voor een nieuw netwerk (access points, switch, eventueel een gastportaal)?

Een keer langskomen om te kijken is prima.

Met vriendelijke groet,
Pieter van Dam
Hotel De Zeven Linden`,
  },
  {
    category: 'sales_lead',
    language: 'nl',
    subject: 'Bezichtiging woning Zonnebloemstraat 3',
    body: `Hallo,

Wij hebben interesse in de woning aan de Zonnebloemstraat 3 in Utrecht (vraagprijs € 465.000). Is er nog een bezichtiging mogelijk? Wij hebben al een hypotheekadvies gehad.

Groet,
Fatima el Amrani en Joris Smit`,
  },
  {
    category: 'meeting_request',
    language: 'nl',
    subject: 'Afspraak jaargesprek verplaatsen',
    body: `Beste Ruud,

Ons jaargesprek over de boekhouding staat voor donderdag 4 december om 10.00 uur. Door een inspectie van de NVWA die dag moet ik helaas verzetten. Zou maandag 8 of dinsdag 9 december ook kunnen, zelfde tijd?

Groeten,
Sandra Mulder
Bakkerij Mulder`,
  },
  {
    category: 'meeting_request',
    language: 'nl',
    subject: 'Kennismaking nieuwe vrijwilligerscoördinator',
    body: `Hoi Wim,

Ik ben Lotte, sinds deze maand de nieuwe vrijwilligerscoördinator bij de Voedselbank Zwolle. Ik zou graag even kennismaken met jou als contactpersoon van de supermarkt. Heb je volgende week tijd voor een kop koffie, bijvoorbeeld woensdag of vrijdag in de ochtend?

Groetjes,
Lotte Hendriks`,
  },
  {
    category: 'other',
    language: 'nl',
    subject: 'Open sollicitatie tandartsassistente',
    body: `Geachte heer/mevrouw,

Graag stel ik mij voor als ervaren tandartsassistente (7 jaar werkervaring, diploma MBO niveau 4, röntgencertificaat). Ik ben verhuisd naar Breda en zoek een nieuwe praktijk voor 24 tot 32 uur per week.

In de bijlage vindt u mijn cv.

Met vriendelijke groet,
Yvonne Peeters`,
  },
  {
    category: 'personal',
    language: 'nl',
    subject: 'Sinterklaas lootjes!',
    body: `Hallo familie,

De lootjes zijn getrokken! Iedereen heeft een berichtje gekregen met zijn/haar naam. Max budget €25 en vergeet het gedicht niet 😉 We vieren het op zaterdag 6 december bij oma.

Liefs,
Noor`,
  },
  {
    category: 'invoice',
    language: 'nl',
    subject: 'Factuur 2026-0891 – Drukkerij & ontwerp',
    body: `Beste Kees,

Hierbij de factuur voor het ontwerp en drukwerk van de nieuwe menukaarten.

Ontwerp menukaart (4 pagina's): € 375,00
Drukwerk 200 stuks, 350 grams: € 212,00
Subtotaal: € 587,00
BTW 21%: € 123,27
Totaal: € 710,27

Graag binnen 14 dagen overmaken op NL91 ABNA 0417 1643 00 o.v.v. factuurnummer.

Groeten,
Studio Vormgevers`,
  },
  {
    category: 'receipt',
    language: 'nl',
    subject: 'Bevestiging betaling – dierenarts',
    body: `Beste mevrouw Visser,

Bedankt voor uw betaling van € 86,40 (pinbetaling 21-11-2026) voor de vaccinatie en controle van Bolle (kat). Dit bericht dient als betalingsbewijs.

Met vriendelijke groet,
Dierenkliniek Het Weiland`,
  },
  {
    category: 'notification',
    language: 'nl',
    subject: 'Uw pakket wordt vandaag bezorgd',
    body: `Goed nieuws! Je pakket van Bureau-Online.nl wordt vandaag tussen 13:15 en 15:15 bezorgd.

Track & trace: 3SBRD8819920
Niet thuis? Kies een ander moment of een afhaalpunt via de app.

Dit is een automatisch bericht.`,
  },

  // ───────────────────────── Portuguese (12) ─────────────────────────
  {
    category: 'support_request',
    language: 'pt',
    subject: 'Cobrança em duplicado da mensalidade',
    body: `Olá, boa tarde.

Sou aluno do ginásio há dois anos (sócio n.º 2281) e este mês a mensalidade de 35 € foi debitada duas vezes da minha conta, nos dias 1 e 3 de novembro. Envio em anexo o extrato.

Agradeço que me devolvam o valor em duplicado o mais rapidamente possível.

Cumprimentos,
Rui Sousa`,
  },
  {
    category: 'support_request',
    language: 'pt',
    subject: 'Problema com o sistema de ponto eletrônico',
    body: `Oi, pessoal da TecnoServ,

Desde a atualização que vocês fizeram na sexta, o relógio de ponto da clínica não está enviando as marcações para o sistema. Hoje de manhã nenhum funcionário apareceu no relatório. Preciso fechar a folha de pagamento até dia 28.

Conseguem acessar remotamente ainda hoje?

Obrigada,
Juliana Prado
Gerente – Clínica Veterinária Bicho Feliz`,
  },
  {
    category: 'sales_lead',
    language: 'pt',
    subject: 'Orçamento para festa de 15 anos',
    body: `Boa noite!

Gostaria de saber se o salão de vocês está disponível para o dia 14 de março de 2027, para uma festa de 15 anos com cerca de 120 convidados. Vocês trabalham com buffet próprio? Poderiam me mandar os pacotes e valores?

Aguardo retorno.
Patrícia Almeida`,
  },
  {
    category: 'sales_lead',
    language: 'pt',
    subject: 'Pedido de informação – consultoria contabilística',
    body: `Bom dia,

Vou abrir uma pequena empresa de limpezas em Braga no início de 2027 e procuro um contabilista certificado. Poderiam indicar-me o valor da avença mensal para uma empresa com 3 a 5 funcionários, com processamento salarial incluído?

Com os melhores cumprimentos,
Helena Carvalho`,
  },
  {
    category: 'meeting_request',
    language: 'pt',
    subject: 'Reunião para apresentação da proposta',
    body: `Boa tarde, Dr. Mendes,

Conforme conversámos, gostaria de marcar uma reunião para lhe apresentar a proposta de renovação da imagem da clínica. Teria disponibilidade na quarta-feira, dia 3, às 10h00, ou na sexta, dia 5, depois das 14h00?

Cumprimentos,
Inês Fonseca
Agência Mar Criativo`,
  },
  {
    category: 'meeting_request',
    language: 'pt',
    subject: 'Remarcar visita ao apartamento',
    body: `Oi Carlos, tudo bem?

Não vou conseguir ir na visita ao apartamento da Rua Augusta amanhã às 18h, fiquei preso no trabalho. Dá pra remarcar pra sábado de manhã?

Valeu,
Felipe`,
  },
  {
    category: 'other',
    language: 'pt',
    subject: 'Currículo – vaga de recepcionista',
    body: `Prezados,

Venho por meio deste manifestar meu interesse na vaga de recepcionista divulgada no LinkedIn. Tenho experiência de 4 anos em atendimento em pousadas no litoral de São Paulo e inglês intermediário.

Segue meu currículo em anexo.

Atenciosamente,
Camila Rocha`,
  },
  {
    category: 'other',
    language: 'pt',
    subject: 'Atualização das condições comerciais 2027',
    body: `Estimado cliente,

Informamos que, a partir de 1 de janeiro de 2027, as condições de pagamento para encomendas de produtos de limpeza profissional passam de 60 para 45 dias, e a encomenda mínima para entrega gratuita passa a ser de 250 €.

A tabela de preços atualizada segue em anexo.

Com os melhores cumprimentos,
Departamento Comercial – LimpaPro Distribuição`,
  },
  {
    category: 'personal',
    language: 'pt',
    subject: 'Saudades!',
    body: `Mariana, querida!

Quanto tempo! Vi as fotos da viagem a Lisboa no Instagram e fiquei com uma saudade enorme dos nossos tempos de faculdade. Quando você voltar pra Curitiba a gente precisa marcar aquele café.

Beijos,
Renata`,
  },
  {
    category: 'invoice',
    language: 'pt',
    subject: 'Fatura FT 2026/612',
    body: `Exmo. Sr. Miguel Teixeira,

Segue em anexo a fatura FT 2026/612 referente à manutenção da viatura Peugeot 308, matrícula 45-VX-21.

Revisão dos 60.000 km: 245,00 €
Substituição de pastilhas: 88,00 €
IVA 23%: 76,59 €
Total: 409,59 €

Pagamento até 10 de dezembro por transferência para PT50 0035 0123 0001 2345 6789 0.

Oficina Auto Lima`,
  },
  {
    category: 'newsletter',
    language: 'pt',
    subject: 'Novidades de dezembro – Guia do Pequeno Hoteleiro',
    body: `Olá!

Nesta edição do Guia do Pequeno Hoteleiro:
• Como preparar a sua pousada para a época alta de verão
• Tendências de reserva direta vs. plataformas
• Checklist de segurança contra incêndio

Leia a edição completa no nosso site.

Você recebe este e-mail porque se inscreveu em nossa lista. Cancelar inscrição.`,
  },
  {
    category: 'newsletter',
    language: 'pt',
    subject: 'Boletim da Ordem dos Médicos Dentistas – novembro',
    body: `Caro(a) associado(a),

Neste boletim:
– Novas orientações sobre radioproteção em consultório
– Congresso anual: inscrições abertas até 15 de janeiro
– Formação contínua: calendário do primeiro semestre de 2027

Consulte o boletim completo na área reservada.

Para deixar de receber estas comunicações, altere as suas preferências.`,
  },

  // ───────────────────────── Polish (10) ─────────────────────────
  {
    category: 'support_request',
    language: 'pl',
    subject: 'Reklamacja – drukarka po serwisie',
    body: `Dzień dobry,

w zeszłym tygodniu Państwa serwisant wymienił bęben w naszej drukarce Brother w biurze rachunkowym. Od wczoraj na wydrukach pojawiają się szare pasy i drukarka co chwilę zgłasza błąd „Wymień toner”, choć toner jest nowy.

Proszę o ponowny przyjazd w ramach gwarancji na naprawę. Jesteśmy w biurze od 8 do 16.

Pozdrawiam,
Agnieszka Wójcik
Biuro Rachunkowe Wójcik i S-ka`,
  },
  {
    category: 'support_request',
    language: 'pl',
    subject: 'Zgubiony telefon w pokoju 17',
    body: `Dzień dobry,

wymeldowałem się dziś rano z pokoju 17 i chyba zostawiłem telefon (czarny Samsung w zielonym etui) na szafce nocnej. Czy sprzątaczki mogły go znaleźć? Mogę przyjechać po niego jutro albo proszę o wysyłkę kurierem na mój koszt.

Dziękuję,
Paweł Zieliński
tel. służbowy 602 118 443`,
  },
  {
    category: 'sales_lead',
    language: 'pl',
    subject: 'Zapytanie o wycenę – kampania Google Ads',
    body: `Dzień dobry,

prowadzę gabinet fizjoterapii w Gdańsku i chciałabym zwiększyć liczbę pacjentów z okolicy. Czy zajmują się Państwo kampaniami Google Ads dla małych firm? Jaki jest koszt prowadzenia kampanii miesięcznie i czy jest minimalny okres umowy?

Pozdrawiam,
Katarzyna Lewandowska`,
  },
  {
    category: 'sales_lead',
    language: 'pl',
    subject: 'Jazda próbna – Toyota Corolla kombi',
    body: `Witam,

interesuje mnie Toyota Corolla Touring Sports z ogłoszenia (2023, hybryda, 41 tys. km). Czy auto jest jeszcze dostępne i czy mógłbym umówić się na jazdę próbną? Czy jest możliwość finansowania w leasingu dla jednoosobowej działalności?

Pozdrawiam
Marek Kaczmarek`,
  },
  {
    category: 'meeting_request',
    language: 'pl',
    subject: 'Spotkanie w sprawie remontu sali',
    body: `Szanowny Panie Architekcie,

zarząd klubu sportowego chciałby spotkać się z Panem na miejscu, w hali przy ul. Leśnej, aby omówić zakres remontu szatni. Proponujemy czwartek 4 grudnia o 17:00 lub sobotę 6 grudnia o 10:00. Proszę o informację, który termin Panu odpowiada.

Z poważaniem,
Tadeusz Nowak
Prezes KS Orzeł Wieliczka`,
  },
  {
    category: 'other',
    language: 'pl',
    subject: 'Prośba o wsparcie – zbiórka dla schroniska',
    body: `Dzień dobry,

jesteśmy grupą wolontariuszy ze schroniska dla zwierząt w Lesznie. Przed zimą zbieramy karmę, koce i środki czystości. Czy Państwa lecznica mogłaby zostać punktem zbiórki albo przekazać niewielką darowiznę?

Z góry dziękujemy za każdą pomoc.
Ola Mazur
Stowarzyszenie Cztery Łapy`,
  },
  {
    category: 'personal',
    language: 'pl',
    subject: 'Wigilia u nas',
    body: `Kochani,

w tym roku Wigilia u nas w Poznaniu! Zaczynamy o 17:00. Mama robi pierogi, ja barszcz, a Wy przywieźcie proszę sernik babci według przepisu 😊 Dajcie znać, czy nocujecie.

Buziaki,
Ania`,
  },
  {
    category: 'receipt',
    language: 'pl',
    subject: 'Potwierdzenie płatności – zamówienie nr 10572',
    body: `Dziękujemy za zakup!

Zamówienie: 10572
Produkt: Karnet OPEN – 3 miesiące
Kwota: 447,00 zł
Płatność: BLIK, 22.11.2026, 18:42
Status: opłacone

Karnet zostanie aktywowany przy pierwszym wejściu do klubu.
FitZone Kraków`,
  },
  {
    category: 'notification',
    language: 'pl',
    subject: 'Przypomnienie o wizycie – Gabinet Stomatologiczny Uśmiech',
    body: `Przypominamy o wizycie:
Data: 26.11.2026, godz. 9:30
Lekarz: lek. dent. Joanna Kowal
Adres: ul. Długa 5, Wrocław

Aby potwierdzić, odpisz TAK. Aby odwołać, zadzwoń pod numer 71 344 20 10.

Wiadomość wygenerowana automatycznie.`,
  },
  {
    category: 'spam',
    language: 'pl',
    subject: 'Zarabiaj 5000 zł tygodniowo z domu!!!',
    body: `Witaj!

Nowa, sprawdzona metoda inwestowania w kryptowaluty. Bez doświadczenia, bez ryzyka. Już ponad 12 000 Polaków zarabia z nami!

Zarejestruj się teraz: http://krypto-zysk-pl.top

Liczba miejsc ograniczona!`,
  },

  // ───────────────────────── Czech (9) ─────────────────────────
  {
    category: 'support_request',
    language: 'cs',
    subject: 'Reklamace – nefunkční topení v bytě',
    body: `Dobrý den, paní Horáková,

v bytě, který si od vás pronajímám (Vinohradská 42, 3. patro), od neděle netopí radiátory v ložnici a obýváku. Teplá voda funguje. Venku jsou mrazy a máme doma malé dítě.

Prosím o zajištění opravy co nejdříve. Jsem doma každý den po 16. hodině.

Děkuji,
Jakub Dvořák`,
  },
  {
    category: 'support_request',
    language: 'cs',
    subject: 'Vrácení zálohy za zrušený kurz',
    body: `Dobrý den,

syn byl přihlášen na zimní kurz plavání (úterý 16:00), ale kurz byl z vaší strany zrušen pro nízký počet dětí. Zálohu 1 200 Kč jsme zaplatili 15. 10. Můžete mi prosím sdělit, kdy ji vrátíte?

S pozdravem
Lucie Procházková`,
  },
  {
    category: 'sales_lead',
    language: 'cs',
    subject: 'Poptávka – svatební hostina v červnu 2027',
    body: `Dobrý den,

plánujeme svatbu na 12. června 2027 pro cca 80 hostů. Je váš sál v tento termín volný? Prosím o zaslání nabídky menu a cen pronájmu, případně i možnosti ubytování pro hosty.

Děkuji a přeji hezký den,
Tereza Novotná`,
  },
  {
    category: 'meeting_request',
    language: 'cs',
    subject: 'Schůzka k daňovému přiznání',
    body: `Dobrý den, pane Kučero,

chtěla bych si domluvit schůzku kvůli podkladům k daňovému přiznání za rok 2026. Vyhovoval by vám čtvrtek 15. ledna dopoledne, nebo raději až v týdnu od 19. ledna?

S pozdravem
Eva Marková`,
  },
  {
    category: 'meeting_request',
    language: 'cs',
    subject: 'Pozvánka na pohovor – servisní technik',
    body: `Dobrý den, pane Svobodo,

děkujeme za váš zájem o pozici servisního technika IT. Rádi bychom vás pozvali na osobní pohovor v pondělí 1. prosince ve 14:00 v naší kanceláři v Brně, Křenová 17. Prosím potvrďte, zda vám termín vyhovuje.

S pozdravem
Martina Černá
HR, ByteServis s.r.o.`,
  },
  {
    category: 'other',
    language: 'cs',
    subject: 'Oznámení o kontrole – Krajská hygienická stanice',
    body: `Vážený provozovateli,

oznamujeme vám, že v souladu se zákonem č. 258/2000 Sb. proběhne v průběhu prosince 2026 kontrola hygienických podmínek ve vaší provozovně (fitness centrum, Palackého 9, Olomouc).

Připravte prosím provozní řád a záznamy o sanitaci.

Krajská hygienická stanice Olomouckého kraje`,
  },
  {
    category: 'personal',
    language: 'cs',
    subject: 'Chata o víkendu',
    body: `Ahoj Petře,

jedeme s Janou v pátek na chatu, nechceš se přidat? Vezmi kytaru a něco na gril. Odjíždíme kolem páté od nás.

Měj se,
Honza`,
  },
  {
    category: 'invoice',
    language: 'cs',
    subject: 'Faktura č. 2026118 – správa nemovitosti',
    body: `Dobrý den,

v příloze zasíláme fakturu č. 2026118 za správu domu Korunní 12 za měsíc listopad 2026.

Částka bez DPH: 8 400 Kč
DPH 21 %: 1 764 Kč
Celkem k úhradě: 10 164 Kč
Splatnost: 8. 12. 2026
Číslo účtu: 2400118822/2010, VS 2026118

S pozdravem
Správa nemovitostí Domov s.r.o.`,
  },
  {
    category: 'newsletter',
    language: 'cs',
    subject: 'Novinky pro účetní – prosinec 2026',
    body: `Dobrý den,

v prosincovém vydání najdete:
• Změny v DPH od 1. ledna 2027
• Nové limity pro paušální daň
• Kalendář daňových termínů na první čtvrtletí

Celý newsletter čtěte na našem webu.

Tento e-mail dostáváte, protože jste přihlášeni k odběru. Odhlásit.`,
  },

  // ───────────────────────── Slovak (8) ─────────────────────────
  {
    category: 'support_request',
    language: 'sk',
    subject: 'Problém s prístupom do klientskej zóny',
    body: `Dobrý deň,

od včera sa neviem prihlásiť do klientskej zóny vašej účtovnej kancelárie, kde mám nahrávať doklady. Po zadaní hesla píše „Neplatný používateľ“. Potrebujem tam do piatku nahrať faktúry za november.

Mohli by ste mi prosím obnoviť prístup?

Ďakujem,
Martin Baláž
Kvetinárstvo Ruža, Žilina`,
  },
  {
    category: 'support_request',
    language: 'sk',
    subject: 'Poškodené auto po umývaní',
    body: `Dobrý deň,

v sobotu som mal auto na ručnom umývaní a čistení interiéru vo vašom servise. Doma som zistil, že na zadných dverách je dlhý škrabanec, ktorý tam predtým nebol, a chýba kryt na ťažné zariadenie.

Posielam fotky. Prosím o vyjadrenie, ako to vyriešime.

S pozdravom
Juraj Kováč`,
  },
  {
    category: 'sales_lead',
    language: 'sk',
    subject: 'Cena za doučovanie angličtiny',
    body: `Dobrý deň,

dcéra ide budúci rok maturovať z angličtiny a hľadáme doučovanie raz týždenne. Koľko stojí hodina a máte voľné termíny v utorok alebo štvrtok popoludní? Dala by sa spraviť skúšobná hodina?

Ďakujem
Zuzana Horváthová`,
  },
  {
    category: 'meeting_request',
    language: 'sk',
    subject: 'Presun obhliadky bytu na štvrtok',
    body: `Dobrý deň pán Polák,

potreboval by som presunúť zajtrajšiu obhliadku bytu na Mierovej ulici zo stredy na štvrtok, ideálne o 17:30. Vyhovovalo by vám to?

Ďakujem,
Tomáš Lukáč`,
  },
  {
    category: 'other',
    language: 'sk',
    subject: 'Žiadosť o prax – študentka veterinárnej medicíny',
    body: `Vážený pán doktor,

som študentkou 4. ročníka Univerzity veterinárskeho lekárstva v Košiciach. Chcela by som sa opýtať, či by bolo možné absolvovať vo vašej ambulancii dvojtýždňovú prax počas letných prázdnin 2027.

V prílohe posielam životopis.

S úctou,
Simona Varga`,
  },
  {
    category: 'personal',
    language: 'sk',
    subject: 'Vďaka za pomoc so sťahovaním',
    body: `Ahoj Miro,

ešte raz vďaka, že si nám v sobotu pomohol so sťahovaním. Bez teba by sme tú skriňu na štvrté poschodie nevyniesli 😅 Keď sa zabývame, príď s Katkou na večeru.

Peter`,
  },
  {
    category: 'receipt',
    language: 'sk',
    subject: 'Potvrdenie o platbe – ubytovanie',
    body: `Dobrý deň,

potvrdzujeme prijatie platby vo výške 320,00 € za ubytovanie v Penzióne Pod Tatrami v termíne 27. – 30. 12. 2026 (rezervácia č. 1184). Tešíme sa na vašu návštevu.

S pozdravom
Penzión Pod Tatrami`,
  },
  {
    category: 'spam',
    language: 'sk',
    subject: 'Vaša zásielka nemohla byť doručená',
    body: `Vážený zákazník,

vaša zásielka nemohla byť doručená z dôvodu neúplnej adresy. Aktualizujte svoje údaje a uhraďte poplatok 0,99 € na odkaze nižšie:

http://posta-sk-dorucenie.info

Inak bude zásielka vrátená odosielateľovi.`,
  },

  // ───────────────────────── Hungarian (9) ─────────────────────────
  {
    category: 'support_request',
    language: 'hu',
    subject: 'Téves számla – asztalfoglalás',
    body: `Tisztelt Étterem!

November 15-én 12 fős céges vacsorán voltunk önöknél. A kiküldött számlán 14 főre számolták fel a menüt, és szerepel rajta két üveg bor is, amit nem rendeltünk. Kérem, ellenőrizzék és küldjenek javított számlát.

Köszönettel:
Kiss Andrea
irodavezető, Szabó és Társa Könyvelőiroda`,
  },
  {
    category: 'support_request',
    language: 'hu',
    subject: 'Időpont módosítás – kutyám oltása',
    body: `Kedves Doktornő!

Pénteken 10 órára van időpontunk Bodri éves oltására, de sajnos közbejött egy munkahelyi út. Át lehetne tenni a jövő hét keddre vagy szerdára?

Köszönöm,
Tóth Gábor`,
  },
  {
    category: 'sales_lead',
    language: 'hu',
    subject: 'Árajánlat kérés – irodatakarítás',
    body: `Jó napot kívánok!

Egy 180 m²-es irodába keresünk takarító céget heti két alkalomra, januártól. Tudnának ajánlatot küldeni? Érdekelne az ablaktisztítás ára is negyedévente.

Üdvözlettel:
Farkas Zoltán
Pixelhíd Marketingügynökség`,
  },
  {
    category: 'sales_lead',
    language: 'hu',
    subject: 'Szabad szoba szilveszterre?',
    body: `Szia!

Van még szabad kétágyas szobátok december 30. és január 2. között? Két pár lennénk, tehát két szoba kellene. Mennyi lenne reggelivel, és van-e szilveszteri vacsora csomag?

Köszi,
Nagy Réka`,
  },
  {
    category: 'meeting_request',
    language: 'hu',
    subject: 'Egyeztetés az új honlapról',
    body: `Kedves Balázs!

A múlt heti ajánlatot átnéztük, szeretnénk személyesen is egyeztetni a részleteket. Jó lenne nektek csütörtök délután 3-kor nálunk az irodában? Ha nem, a jövő hét eleje is megfelel.

Üdv,
Horváth Eszter
Horváth Építésziroda`,
  },
  {
    category: 'other',
    language: 'hu',
    subject: 'Önéletrajz – recepciós állás',
    body: `Tisztelt Hölgyem/Uram!

A profession.hu-n meghirdetett recepciós állásra szeretnék jelentkezni. Két évig dolgoztam egy balatoni panzióban, angolul és németül tárgyalóképesen beszélek.

Önéletrajzomat mellékelten küldöm.

Tisztelettel:
Molnár Dóra`,
  },
  {
    category: 'personal',
    language: 'hu',
    subject: 'Boldog névnapot!',
    body: `Drága Erzsi néni!

Nagyon boldog névnapot kívánok! Remélem, jól van és a kertben is minden rendben. Karácsonykor feltétlenül meglátogatjuk, hozom a bejglit is.

Sok puszi,
Kati`,
  },
  {
    category: 'invoice',
    language: 'hu',
    subject: 'Számla – 2026/0771',
    body: `Tisztelt Partnerünk!

Mellékelten küldjük a 2026/0771 számú számlát a novemberi rendszergazdai szolgáltatásról.

Nettó összeg: 120 000 Ft
ÁFA 27%: 32 400 Ft
Bruttó összeg: 152 400 Ft
Fizetési határidő: 2026. december 8.

Köszönjük!
NetGuard Informatika Kft.`,
  },
  {
    category: 'notification',
    language: 'hu',
    subject: 'Sikeres jelszóváltoztatás',
    body: `Kedves Felhasználó!

A fiókod jelszava sikeresen megváltozott 2026. november 22-én 20:13-kor.

Ha nem te módosítottad, azonnal állítsd vissza a jelszavad, és lépj kapcsolatba az ügyfélszolgálattal.

Ez egy automatikus üzenet, kérjük, ne válaszolj rá.
FoglaljOnline`,
  },

  // ───────────────────────── Romanian (9) ─────────────────────────
  {
    category: 'support_request',
    language: 'ro',
    subject: 'Rambursare avans – rezervare anulată',
    body: `Bună ziua,

Am anulat rezervarea la pensiunea dumneavoastră pentru perioada 20–23 decembrie (rezervare nr. 3391) cu mai mult de 30 de zile înainte, conform condițiilor de pe site. Avansul de 400 lei încă nu a fost returnat.

Vă rog să mă anunțați când se face restituirea.

Mulțumesc,
Andreea Popescu`,
  },
  {
    category: 'support_request',
    language: 'ro',
    subject: 'Fwd: imprimanta din recepție',
    body: `Salut Mihai,

Îți trimit mai jos mesajul de la recepție. Poți să vezi ce e cu imprimanta pe care ne-ați instalat-o luna trecută?

Mersi,
Cristina

---------- Mesaj redirecționat ----------
De la: Recepție Hotel Carpați
Imprimanta nu mai apare în rețea de azi-dimineață și nu putem printa facturile pentru oaspeți. Am repornit-o de două ori.`,
  },
  {
    category: 'sales_lead',
    language: 'ro',
    subject: 'Cerere ofertă – abonament sală pentru angajați',
    body: `Bună ziua,

Suntem o firmă de contabilitate cu 25 de angajați în Cluj și am dori să oferim abonamente la sală ca beneficiu. Aveți pachete corporate? Vă rog să ne trimiteți o ofertă de preț.

Cu stimă,
Ioana Dumitrescu
Manager HR`,
  },
  {
    category: 'sales_lead',
    language: 'ro',
    subject: 'Vizionare apartament 2 camere',
    body: `Bună seara,

Apartamentul de 2 camere din zona Tineretului este încă disponibil? Aș dori să știu dacă prețul de 135.000 € este negociabil și când s-ar putea face o vizionare.

Mulțumesc,
Radu Ionescu`,
  },
  {
    category: 'meeting_request',
    language: 'ro',
    subject: 'Confirmare întâlnire luni',
    body: `Bună ziua doamna Stan,

Confirm întâlnirea de luni, 1 decembrie, la ora 11:00, la sediul nostru, pentru discutarea planului de marketing pentru anul viitor. Vă aștept cu drag.

Toate cele bune,
Alexandru Marin`,
  },
  {
    category: 'meeting_request',
    language: 'ro',
    subject: 'Putem muta apelul?',
    body: `Bună Dan,

Am o urgență la cabinet joi. Putem muta apelul despre noul program de programări de joi la 14:00 pe vineri dimineața, pe la 9:30?

Mulțumesc,
Dr. Elena Georgescu`,
  },
  {
    category: 'other',
    language: 'ro',
    subject: 'Solicitare sponsorizare – concurs de dans',
    body: `Stimate domn,

Clubul de dans sportiv „Ritm” din Iași organizează în martie un concurs național pentru copii. Căutăm sponsori locali pentru medalii și diplome. Orice sprijin ar fi binevenit, iar logo-ul firmei dumneavoastră va apărea pe afișe.

Cu respect,
Mirela Constantin
Președinte Club Ritm`,
  },
  {
    category: 'personal',
    language: 'ro',
    subject: 'La mulți ani!',
    body: `Dragă Vlad,

La mulți ani! Îți doresc multă sănătate și să ne vedem cât mai des. Sâmbătă facem o mică petrecere la noi, vino și tu cu Irina.

Te pup,
Oana`,
  },
  {
    category: 'spam',
    language: 'ro',
    subject: 'Ați câștigat un voucher de 500 lei',
    body: `Felicitări!

Ați fost selectat pentru un voucher de cumpărături în valoare de 500 lei. Completați chestionarul scurt și introduceți datele cardului pentru verificare:

http://voucher-castig-ro.site

Oferta expiră în 24 de ore!`,
  },

  // ───────────────────────── Croatian (8) ─────────────────────────
  {
    category: 'support_request',
    language: 'hr',
    subject: 'Prigovor na uslugu čišćenja apartmana',
    body: `Poštovani,

Vaša ekipa je u subotu trebala očistiti naša dva apartmana između gostiju. Novi gosti su nas nazvali jer u kupaonici nisu bili zamijenjeni ručnici, a u kuhinji je ostalo prljavo posuđe. Morali smo im dati popust.

Molim vas objašnjenje i da to ne naplatite.

Lijep pozdrav,
Ivana Babić
Apartmani Babić, Zadar`,
  },
  {
    category: 'support_request',
    language: 'hr',
    subject: 'Ne radi zubna proteza nakon popravka',
    body: `Poštovana doktorice,

protezu sam podigao u srijedu nakon popravka, ali mi jako žulja s desne strane i ne mogu normalno jesti. Mogu li doći da se to prilagodi? Mogu bilo koji dan ujutro.

Hvala,
Josip Horvat`,
  },
  {
    category: 'sales_lead',
    language: 'hr',
    subject: 'Upit za cijenu – izrada web stranice za restoran',
    body: `Pozdrav,

otvaramo konobu u Splitu na proljeće i trebamo web stranicu s jelovnikom i rezervacijama. Koliko bi to otprilike koštalo i koliko traje izrada?

Hvala i pozdrav,
Ante Marić`,
  },
  {
    category: 'meeting_request',
    language: 'hr',
    subject: 'Sastanak s računovođom – prijedlog termina',
    body: `Poštovani gospodine Kovačević,

htjela bih dogovoriti sastanak vezano uz završni račun za 2026. Odgovara li vam utorak, 9. prosinca, u 10 sati u vašem uredu?

Srdačan pozdrav,
Maja Jurić
Fitness studio Energija`,
  },
  {
    category: 'other',
    language: 'hr',
    subject: 'Obavijest o promjeni uvjeta najma poslovnog prostora',
    body: `Poštovani zakupci,

obavještavamo vas da od 1. siječnja 2027. dolazi do promjene iznosa zajedničke pričuve i troškova održavanja zgrade u Ulici kralja Tomislava 5. Novi iznosi navedeni su u prilogu.

Upravitelj zgrade
Stambeni servis d.o.o.`,
  },
  {
    category: 'personal',
    language: 'hr',
    subject: 'Trening u četvrtak otkazan',
    body: `Bok dečki,

trener je bolestan pa u četvrtak nema treninga. Tko je za da se ipak nađemo na igralištu kod škole u 7 i malo nabijamo? Javite u grupu.

Luka`,
  },
  {
    category: 'personal',
    language: 'hr',
    subject: 'Sućut',
    body: `Draga Marija,

s tugom sam primio vijest o smrti tvog oca. Bio je dobar čovjek i pravi susjed. Misli su mi s tobom i tvojom obitelji.

Ako ti išta treba, tu sam.

Tvoj Zoran`,
  },
  {
    category: 'receipt',
    language: 'hr',
    subject: 'Potvrda plaćanja – narudžba cvijeća',
    body: `Poštovana gđo. Novak,

zahvaljujemo na narudžbi. Primili smo uplatu od 55,00 € za buket „Zimska ruža” s dostavom 24. 11. 2026. na adresu Ilica 102, Zagreb.

Broj narudžbe: CV-4417

Cvjećarna Lavanda`,
  },

  // ───────────────────────── Swedish (9) ─────────────────────────
  {
    category: 'support_request',
    language: 'sv',
    subject: 'Fel belopp på fakturan för julbordet',
    body: `Hej!

Vi hade julbord hos er i fredags, 18 personer. Enligt offerten skulle det kosta 695 kr per person inklusive glögg, men fakturan är på 795 kr per person. Kan ni titta på det och skicka en ny faktura?

Tack på förhand,
Karin Lindström
Lindström Bygg AB`,
  },
  {
    category: 'support_request',
    language: 'sv',
    subject: 'Sv: Bokad tid för däckbyte',
    body: `Hej igen,

Jag har en bokad tid för däckbyte på Volvon på tisdag kl 8 men vill gärna flytta den till torsdag samma vecka om det går. Registreringsnummer ABC 123.

Mvh
Erik Johansson

Skickat från min iPhone`,
  },
  {
    category: 'sales_lead',
    language: 'sv',
    subject: 'Förfrågan – konferens för 20 personer',
    body: `Hej,

Vi planerar en tvådagars konferens i mars för 20 personer och är intresserade av er gård. Har ni lediga datum v. 11 eller 12? Vi behöver konferenslokal, helpension och enkelrum för alla. Vad skulle det kosta ungefär?

Vänliga hälsningar,
Anna Berg
Kommunikationsbyrån Fyren`,
  },
  {
    category: 'sales_lead',
    language: 'sv',
    subject: 'Provträning för min son?',
    body: `Hej!

Min son är 9 år och vill börja med judo. Går det att komma och prova på en träning innan vi betalar terminsavgiften? Och vad kostar terminen?

/Sofia Nyberg`,
  },
  {
    category: 'meeting_request',
    language: 'sv',
    subject: 'Möte om bokslutet',
    body: `Hej Lars,

Kan vi boka ett möte i början av januari för att gå igenom bokslutet? Jag kan måndag 12/1 eller onsdag 14/1, helst förmiddag. Säg till vad som passar dig.

Hälsningar,
Maria Olsson
Olssons Blommor`,
  },
  {
    category: 'other',
    language: 'sv',
    subject: 'Ansökan – sommarjobb som servitör',
    body: `Hej!

Jag heter Elsa och är 17 år. Jag söker sommarjobb som servitör eller diskare hos er sommaren 2027. Jag har jobbat extra på ett café i Visby förra sommaren och är van vid stressiga miljöer.

Mitt CV finns bifogat.

Med vänliga hälsningar,
Elsa Holm`,
  },
  {
    category: 'other',
    language: 'sv',
    subject: 'Information från Skatteverket om kontrollbesök',
    body: `Hej,

Skatteverket kommer att göra ett oannonserat kontrollbesök av personalliggare i restaurangbranschen i Göteborgsområdet under december. Se till att personalliggaren är uppdaterad och tillgänglig på arbetsplatsen.

Med vänlig hälsning
Skatteverket`,
  },
  {
    category: 'personal',
    language: 'sv',
    subject: 'Grattis på födelsedagen, mormor!',
    body: `Kära mormor,

Grattis på 85-årsdagen! Vi längtar efter att ses på söndag. Ella har ritat en teckning till dig som hon vill ge dig själv.

Kram från oss alla,
Linnea`,
  },
  {
    category: 'newsletter',
    language: 'sv',
    subject: 'Fastighetsnytt – december 2026',
    body: `Hej!

I månadens nummer av Fastighetsnytt:
• Räntorna och bostadsmarknaden inför 2027
• Nya energikrav för hyresfastigheter
• Så förbereder du din förening för stämman

Läs hela nyhetsbrevet på vår webbplats.

Du får detta mejl eftersom du prenumererar på Fastighetsnytt. Avsluta prenumeration.`,
  },

  // ───────────────────────── Norwegian (8) ─────────────────────────
  {
    category: 'support_request',
    language: 'no',
    subject: 'Feil på nettverket etter oppgraderingen',
    body: `Hei,

Etter at dere byttet router hos oss på fredag, har betalingsterminalen i butikken mistet forbindelsen flere ganger om dagen. Vi mister salg. Kan dere se på det i dag?

Mvh
Ingrid Haugen
Haugen Blomster, Tromsø`,
  },
  {
    category: 'support_request',
    language: 'no',
    subject: 'Refusjon for avlyst time',
    body: `Hei!

Fysioterapeuten avlyste timen min 18. november på grunn av sykdom, men jeg ble likevel trukket 520 kr. Kan dere refundere beløpet?

Takk,
Ole Nilsen`,
  },
  {
    category: 'sales_lead',
    language: 'no',
    subject: 'Pris på rengjøring av kontor',
    body: `Hei,

Vi er et lite regnskapskontor i Bergen (ca. 120 kvm) og ser etter nytt renholdsbyrå fra januar. Kan dere sende et pristilbud på ukentlig renhold?

Vennlig hilsen
Kari Solberg`,
  },
  {
    category: 'meeting_request',
    language: 'no',
    subject: 'Befaring av loftet',
    body: `Hei Anders,

Takk for hyggelig prat. Kan du komme på befaring av loftet neste uke? Jeg er hjemme tirsdag og torsdag etter klokken 15.

Hilsen
Siri Dahl`,
  },
  {
    category: 'other',
    language: 'no',
    subject: 'Søknad om praksisplass',
    body: `Hei,

Jeg er student ved kokkelinjen på Hamar videregående skole og søker praksisplass i to uker i februar. Jeg er interessert i å lære mer om tradisjonell norsk mat.

Vedlagt finner dere CV.

Med vennlig hilsen
Emil Bakke`,
  },
  {
    category: 'personal',
    language: 'no',
    subject: 'Hyttetur i romjula?',
    body: `Hei Mari!

Skal vi ta en tur på hytta i romjula som vi snakket om? Tenkte 27. til 30. desember. Ta med ski og godt humør!

Klem,
Hanne`,
  },
  {
    category: 'notification',
    language: 'no',
    subject: 'Ny booking mottatt',
    body: `Du har mottatt en ny booking.

Gjest: Thomas Berg
Innsjekk: 12.12.2026
Utsjekk: 14.12.2026
Rom: Dobbeltrom med havutsikt

Logg inn i administrasjonspanelet for detaljer.

Dette er en automatisk melding.`,
  },
  {
    category: 'receipt',
    language: 'no',
    subject: 'Kvittering for betaling',
    body: `Takk for betalingen!

Vi har mottatt 1 250 kr for medlemskap i Fjellklubben for 2027.
Betalt: 21.11.2026 via Vipps
Referanse: FK-2027-0314

Hilsen
Fjellklubben Nordlys`,
  },

  // ───────────────────────── Finnish (8) ─────────────────────────
  {
    category: 'support_request',
    language: 'fi',
    subject: 'Laskussa virhe – hammashoito',
    body: `Hei,

Sain laskun 14.11. käynnistä, ja siinä on veloitettu röntgenkuvaus, jota ei otettu. Voisitteko tarkistaa asian ja lähettää korjatun laskun?

Ystävällisin terveisin,
Mikko Virtanen`,
  },
  {
    category: 'support_request',
    language: 'fi',
    subject: 'Salasana ei toimi asiakasportaalissa',
    body: `Moi,

En pääse kirjautumaan teidän asiakasportaaliin, vaikka vaihdoin salasanan eilen. Tulee virhe "käyttäjätunnus lukittu". Tarvitsen pääsyn, jotta voin katsoa vuokrasopimuksen.

Kiitos,
Laura Korhonen`,
  },
  {
    category: 'sales_lead',
    language: 'fi',
    subject: 'Tarjouspyyntö – pikkujoulut',
    body: `Hei,

Haluaisimme järjestää firman pikkujoulut ravintolassanne 12.12. noin 30 hengelle. Onko tila vapaa ja mitä menuvaihtoehtoja teillä on?

Terveisin,
Anna Mäkinen
Mäkinen Arkkitehdit Oy`,
  },
  {
    category: 'meeting_request',
    language: 'fi',
    subject: 'Tapaamisen siirto',
    body: `Hei Jukka,

Valitettavasti en pääse torstain palaveriin klo 10. Sopisiko sinulle perjantai samaan aikaan tai maanantai iltapäivällä?

Terveisin,
Sanna`,
  },
  {
    category: 'other',
    language: 'fi',
    subject: 'Ilmoitus hinnanmuutoksista 2027',
    body: `Hyvä asiakas,

Ilmoitamme, että siivousaineiden ja -tarvikkeiden hinnat nousevat keskimäärin 4 % 1.1.2027 alkaen. Uusi hinnasto on liitteenä.

Ystävällisin terveisin,
Puhdas Oy`,
  },
  {
    category: 'personal',
    language: 'fi',
    subject: 'Kiitos avusta!',
    body: `Moi Pekka,

Kiitos kun autoit sohvan kanssa eilen. Tule ensi viikolla saunaan, minä tarjoan oluet!

Ville`,
  },
  {
    category: 'invoice',
    language: 'fi',
    subject: 'Lasku 2026-445',
    body: `Hei,

Liitteenä lasku nro 2026-445 marraskuun IT-tuesta.

Summa (ALV 0 %): 640,00 €
ALV 25,5 %: 163,20 €
Yhteensä: 803,20 €
Eräpäivä: 8.12.2026
Tilinumero: FI21 1234 5600 0007 85, viite 20264455

Ystävällisin terveisin,
Verkkopalvelu Lindqvist Oy`,
  },
  {
    category: 'newsletter',
    language: 'fi',
    subject: 'Matkailualan uutiskirje – joulukuu',
    body: `Hei!

Tässä kuussa uutiskirjeessä:
• Talvisesongin varaustilanne Lapissa
• Uudet arvonlisäverokannat majoituspalveluille
• Vinkit suoramyynnin kasvattamiseen

Lue koko uutiskirje verkkosivuillamme.

Saat tämän viestin, koska olet tilannut uutiskirjeemme. Peru tilaus.`,
  },

  // ───────────────────────── Greek (8) ─────────────────────────
  {
    category: 'support_request',
    language: 'el',
    subject: 'Λάθος χρέωση στο δωμάτιο',
    body: `Καλησπέρα σας,

Μείναμε στο ξενοδοχείο σας 10–13 Νοεμβρίου (κράτηση 22817). Στον λογαριασμό μας χρεώθηκε δεύτερη φορά ο φόρος διαμονής. Παρακαλώ ελέγξτε το και επιστρέψτε τη διαφορά στην κάρτα μου.

Ευχαριστώ,
Γιώργος Παπαδόπουλος`,
  },
  {
    category: 'support_request',
    language: 'el',
    subject: 'Πρόβλημα μετά το σέρβις',
    body: `Γεια σας,

Μετά το σέρβις την περασμένη εβδομάδα, το αυτοκίνητο κάνει θόρυβο στο τιμόνι όταν στρίβω. Μπορώ να το φέρω ξανά αύριο το πρωί;

Ευχαριστώ,
Μαρία Κωνσταντίνου`,
  },
  {
    category: 'sales_lead',
    language: 'el',
    subject: 'Ερώτηση για μαθήματα πιλάτες',
    body: `Καλησπέρα,

Θα ήθελα να μάθω τις τιμές για τα ομαδικά μαθήματα πιλάτες και αν υπάρχει δοκιμαστικό μάθημα. Ενδιαφέρομαι για απογευματινές ώρες.

Ευχαριστώ,
Ελένη Νικολάου`,
  },
  {
    category: 'meeting_request',
    language: 'el',
    subject: 'Ραντεβού με τον λογιστή',
    body: `Καλημέρα κύριε Αντωνίου,

Θα ήθελα να κλείσουμε ένα ραντεβού για να συζητήσουμε τα φορολογικά της επιχείρησης πριν το τέλος του έτους. Σας βολεύει την Τρίτη 2 Δεκεμβρίου στις 11:00;

Με εκτίμηση,
Δημήτρης Γεωργίου`,
  },
  {
    category: 'other',
    language: 'el',
    subject: 'Αίτηση για θέση σερβιτόρου',
    body: `Αξιότιμοι κύριοι,

Θα ήθελα να υποβάλω αίτηση για τη θέση σερβιτόρου στο εστιατόριό σας για τη θερινή σεζόν 2027. Έχω τρία χρόνια εμπειρίας σε ξενοδοχεία της Κρήτης.

Επισυνάπτω το βιογραφικό μου.

Με εκτίμηση,
Νίκος Σταματίου`,
  },
  {
    category: 'personal',
    language: 'el',
    subject: 'Χρόνια πολλά!',
    body: `Αγαπητή Κατερίνα,

Χρόνια πολλά για τη γιορτή σου! Να είσαι πάντα υγιής και χαρούμενη. Ελπίζω να τα πούμε σύντομα από κοντά.

Φιλιά,
Σοφία`,
  },
  {
    category: 'notification',
    language: 'el',
    subject: 'Υπενθύμιση ραντεβού',
    body: `Σας υπενθυμίζουμε το ραντεβού σας:
Κτηνιατρείο Φίλοι Ζώων
Πέμπτη 27/11/2026, 18:30

Για ακύρωση καλέστε στο 210 555 1234.

Αυτό είναι ένα αυτόματο μήνυμα.`,
  },
  {
    category: 'spam',
    language: 'el',
    subject: 'Κερδίσατε δωροκάρτα 1000€!',
    body: `Συγχαρητήρια!

Επιλεγήκατε για να λάβετε δωροκάρτα αξίας 1000€. Συμπληρώστε τα στοιχεία σας εδώ για να την παραλάβετε:

http://dorokarta-nikitis.gr-promo.top

Η προσφορά λήγει σήμερα!`,
  },

  // ───────────────────────── Turkish (9) ─────────────────────────
  {
    category: 'support_request',
    language: 'tr',
    subject: 'Rezervasyon iptali ve iade',
    body: `Merhaba,

15-18 Aralık tarihleri için otelinizde yaptığım rezervasyonu (no: 77120) 20 gün önceden iptal ettim. İptal koşullarına göre kapora iade edilmesi gerekiyordu ama hâlâ hesabıma yatmadı.

Bilginize sunarım.
Ayşe Yılmaz`,
  },
  {
    category: 'support_request',
    language: 'tr',
    subject: 'Klima servisi sonrası arıza',
    body: `İyi günler,

Geçen hafta ofisimizdeki klimanın bakımını yaptınız. O günden beri klima sürekli su damlatıyor. Garanti kapsamında tekrar bakabilir misiniz?

Teşekkürler,
Mehmet Demir
Demir Mimarlık`,
  },
  {
    category: 'sales_lead',
    language: 'tr',
    subject: 'Düğün çiçekleri için fiyat bilgisi',
    body: `Merhaba,

Nisan ayında düğünümüz var. Gelin buketi, masa süslemeleri ve giriş takı için fiyat teklifi alabilir miyim? Yaklaşık 150 kişilik bir düğün olacak.

Teşekkürler,
Zeynep Kaya`,
  },
  {
    category: 'meeting_request',
    language: 'tr',
    subject: 'Görüşme talebi',
    body: `Sayın Özkan Bey,

Yeni yılın pazarlama planını konuşmak üzere sizinle bir toplantı ayarlamak istiyoruz. 3 Aralık Çarşamba saat 14:00 sizin için uygun mu?

Saygılarımla,
Elif Arslan
Ajans Mavi`,
  },
  {
    category: 'other',
    language: 'tr',
    subject: 'Staj başvurusu',
    body: `Sayın Yetkili,

İstanbul Teknik Üniversitesi Mimarlık bölümü 3. sınıf öğrencisiyim. 2027 yaz döneminde ofisinizde staj yapmak istiyorum.

Özgeçmişimi ekte bulabilirsiniz.

Saygılarımla,
Can Öztürk`,
  },
  {
    category: 'other',
    language: 'tr',
    subject: 'Belediye denetimi hakkında bilgilendirme',
    body: `Sayın İşletme Sahibi,

Belediyemiz zabıta ekipleri Aralık ayı içerisinde ilçemizdeki tüm yeme-içme işletmelerinde ruhsat ve hijyen denetimi yapacaktır. Gerekli belgelerinizi hazır bulundurmanızı rica ederiz.

Kadıköy Belediyesi`,
  },
  {
    category: 'personal',
    language: 'tr',
    subject: 'Hayırlı olsun!',
    body: `Sevgili Burak,

Yeni işin hayırlı olsun! Çok sevindim, bunu kesinlikle hak ettin. Hafta sonu bir kahve içelim, her şeyi anlat.

Sevgiler,
Selin`,
  },
  {
    category: 'receipt',
    language: 'tr',
    subject: 'Ödeme onayı',
    body: `Sayın Ali Şahin,

Ödemeniz başarıyla alınmıştır.

Tutar: 2.400,00 TL
Açıklama: Kasım ayı özel ders ücreti (8 ders)
Tarih: 21.11.2026

Teşekkür ederiz.
Başarı Eğitim Merkezi`,
  },
  {
    category: 'spam',
    language: 'tr',
    subject: 'Hesabınız askıya alındı!',
    body: `Değerli müşterimiz,

Hesabınızda şüpheli işlem tespit edildi. Hesabınızı yeniden aktif etmek için aşağıdaki bağlantıya tıklayarak bilgilerinizi doğrulayın:

http://guvenli-dogrulama-tr.net

24 saat içinde işlem yapılmazsa hesabınız kapatılacaktır.`,
  },
];
