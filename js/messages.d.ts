// dotbe-rules/messages/* — one language's messages (nl, fr, de, en for the main entry;
// registrant-nl… for dotbe-rules/registrant): the text addMessages takes.
declare const messages: string;
export default messages;
