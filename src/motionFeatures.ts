// framer-motion's animation features, loaded after the first paint (LazyMotion).
export { domAnimation as default } from 'framer-motion';
