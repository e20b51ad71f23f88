//! 人民调解协议书 (to be written)
