//! 每一项固定措辞 (to be written)
